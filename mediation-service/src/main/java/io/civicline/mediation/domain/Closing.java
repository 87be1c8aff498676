package io.civicline.mediation.domain;

import java.time.Instant;

/**
 * How and when the case was closed. A successful case carries its {@link Agreement}, reached at
 * {@code at}; a failed one the advice given; a transferred one the body it went to.
 */
public record Closing(
    Outcome outcome,
    Instant at,
    String by,
    String note,
    Agreement agreement,
    Advice advice,
    String transferredTo) {

  static Closing of(CloseCase command, Instant at, String by) {
    CloseOutcome outcome = command.outcome();
    return new Closing(
        outcome.code(),
        at,
        by,
        command.note(),
        outcome.agreement(),
        outcome.advice(),
        outcome.transferredTo());
  }

  Closing withAgreement(Agreement changed) {
    return new Closing(outcome, at, by, note, changed, advice, transferredTo);
  }
}
