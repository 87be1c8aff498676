package io.civicline.mediation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a mediator closes a case: the outcome and what goes with it. A SUCCESS needs the form of the
 * agreement (and the amount involved, if any), a FAILURE the advice given, a TRANSFER the body it
 * goes to.
 */
public record CloseCase(
    Outcome outcome,
    AgreementType agreementType,
    BigDecimal amount,
    Advice advice,
    String transferredTo,
    String note) {

  public CloseCase {
    if (outcome == null
        || (outcome == Outcome.SUCCESS && agreementType == null)
        || (outcome == Outcome.FAILED && advice == null)
        || (outcome == Outcome.TRANSFERRED && transferredTo == null)) {
      throw new IllegalArgumentException("the outcome lacks what goes with it");
    }
    if (amount != null && amount.signum() < 0) {
      throw new IllegalArgumentException("an amount cannot be negative");
    }
    amount = amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
  }
}
