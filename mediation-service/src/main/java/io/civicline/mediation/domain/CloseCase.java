package io.civicline.mediation.domain;

import java.util.Objects;

/** How a mediator closes a case: the outcome with what goes with it, and a note. */
public record CloseCase(CloseOutcome outcome, String note) {

  public CloseCase {
    Objects.requireNonNull(outcome, "a closing has an outcome");
  }
}
