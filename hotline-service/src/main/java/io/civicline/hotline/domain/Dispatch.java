package io.civicline.hotline.domain;

import java.time.Instant;

/**
 * The ticket's current assignment to a department: its deadline, the windows to sign for it or
 * return it, when it was signed for, and an extension the department asked for, if any.
 */
public record Dispatch(
    String department,
    Instant dispatchedAt,
    String dispatchedBy,
    Instant deadline,
    Instant signDueAt,
    Instant returnDueAt,
    Instant signedAt,
    String signedBy,
    ExtensionRequest extensionRequest) {

  /** A department's request to move the deadline, waiting for an agent's decision. */
  public record ExtensionRequest(
      Instant requestedDeadline, String reason, Instant requestedAt, String requestedBy) {}

  Dispatch signed(Instant at, String by) {
    return new Dispatch(
        department, dispatchedAt, dispatchedBy, deadline, signDueAt, returnDueAt, at, by, null);
  }

  Dispatch withExtensionRequest(ExtensionRequest request) {
    return new Dispatch(
        department,
        dispatchedAt,
        dispatchedBy,
        deadline,
        signDueAt,
        returnDueAt,
        signedAt,
        signedBy,
        request);
  }

  Dispatch withDeadline(Instant newDeadline) {
    return new Dispatch(
        department,
        dispatchedAt,
        dispatchedBy,
        newDeadline,
        signDueAt,
        returnDueAt,
        signedAt,
        signedBy,
        null);
  }

  boolean signedOnTime() {
    return signedAt != null && !signedAt.isAfter(signDueAt);
  }
}
