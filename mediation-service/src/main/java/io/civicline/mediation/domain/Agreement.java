package io.civicline.mediation.domain;

import java.math.BigDecimal;

/**
 * The agreement of a successful mediation: written or oral, the amount involved (if any), and what
 * was recorded on it after closing: the performance follow-up (履行回访) and a court's judicial
 * confirmation (司法确认).
 */
public record Agreement(
    AgreementType type,
    BigDecimal amount,
    FollowUp followUp,
    JudicialConfirmation judicialConfirmation) {

  Agreement followedUp(FollowUp visit) {
    return new Agreement(type, amount, visit, judicialConfirmation);
  }

  Agreement confirmed(JudicialConfirmation confirmation) {
    return new Agreement(type, amount, followUp, confirmation);
  }
}
