package io.civicline.mediation.domain;

import java.time.Instant;

/**
 * Who mediates the case: a mediator of the roster and the mediating body, and whether that body is
 * one of the "four offices and one court".
 */
public record Assignment(
    String mediator, String body, boolean linkageBody, Instant assignedAt, String assignedBy) {}
