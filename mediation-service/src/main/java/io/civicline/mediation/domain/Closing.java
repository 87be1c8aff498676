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
    Agreement agreement =
        command.outcome() == Outcome.SUCCESS
            ? new Agreement(command.agreementType(), command.amount(), null, null)
            : null;
    return new Closing(
        command.outcome(),
        at,
        by,
        command.note(),
        agreement,
        command.outcome() == Outcome.FAILED ? command.advice() : null,
        command.outcome() == Outcome.TRANSFERRED ? command.transferredTo() : null);
  }

  Closing withAgreement(Agreement changed) {
    return new Closing(outcome, at, by, note, changed, advice, transferredTo);
  }
}
