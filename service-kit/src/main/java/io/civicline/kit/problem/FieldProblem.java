package io.civicline.kit.problem;

/** One bad field of a request, as listed under {@code errors} in a 400 problem. */
public record FieldProblem(String field, String message) {}
