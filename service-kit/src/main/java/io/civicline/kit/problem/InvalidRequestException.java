package io.civicline.kit.problem;

import java.util.List;

/**
 * A request whose fields break a rule that bean validation cannot express (e.g. an unknown code):
 * 400.
 */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldProblem> fields;

  public InvalidRequestException(List<FieldProblem> fields) {
    super("invalid fields: " + fields.stream().map(FieldProblem::field).toList());
    this.fields = List.copyOf(fields);
  }

  public InvalidRequestException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> fields() {
    return fields;
  }
}
