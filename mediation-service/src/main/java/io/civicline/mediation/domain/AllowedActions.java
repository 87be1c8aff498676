package io.civicline.mediation.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The actions a case's state allows at a moment, whoever asks: who may take them is {@link Staff}'s
 * rule.
 */
final class AllowedActions {

  private AllowedActions() {}

  static Set<CaseAction> of(MediationCase mediation, CaseRules rules, Instant now) {
    return switch (mediation.status()) {
      case REGISTERED ->
          EnumSet.of(CaseAction.ASSIGN, CaseAction.DECLINE, CaseAction.EXTEND, CaseAction.CLOSE);
      case MEDIATING ->
          EnumSet.of(
              CaseAction.REASSIGN, CaseAction.HOLD_SESSION, CaseAction.EXTEND, CaseAction.CLOSE);
      case CLOSED -> afterClosing(mediation, rules, now);
      // Finished: a declined dispute goes elsewhere.
      case DECLINED -> EnumSet.noneOf(CaseAction.class);
    };
  }

  private static Set<CaseAction> afterClosing(
      MediationCase mediation, CaseRules rules, Instant now) {
    Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
    Agreement agreement = mediation.closing().agreement();
    if (agreement != null && agreement.followUp() == null) {
      allowed.add(CaseAction.FOLLOW_UP);
    }
    if (agreement != null && agreement.awaitsJudicialConfirmation()) {
      allowed.add(CaseAction.CONFIRM_JUDICIALLY);
    }
    if (mayBeReopened(mediation, rules, now)) {
      allowed.add(CaseAction.REOPEN);
    }
    return allowed;
  }

  /** A failed case may be taken up again once, within the rules' window after its closing. */
  static boolean mayBeReopened(MediationCase mediation, CaseRules rules, Instant now) {
    Closing closing = mediation.closing();
    return mediation.status() == CaseStatus.CLOSED
        && closing.outcome() == Outcome.FAILED
        && mediation.reopenedAt() == null
        && !now.isAfter(closing.at().plus(rules.reopenWindow()));
  }
}
