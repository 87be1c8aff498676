package io.civicline.mediation.domain;

import static io.civicline.mediation.domain.CaseStatus.CLOSED;
import static io.civicline.mediation.domain.CaseStatus.MEDIATING;

import io.civicline.mediation.domain.MediationCase.Change;
import java.time.Instant;

/**
 * The end of a mediation and what may follow it: the closing with its outcome, the records on a
 * successful case's agreement (履行回访, 司法确认), and the reopening of a failed case. The closed case
 * keeps its intake, assignment and sessions.
 */
final class CaseClosing {

  private CaseClosing() {}

  static Change close(MediationCase open, CloseCase command, String by, Instant now) {
    open.require(open.status().isOpen(), "only an open case can be closed");
    CloseOutcome outcome = command.outcome();
    if (outcome.code().isMediated()) {
      open.require(
          open.status() == MEDIATING && !open.sessions().isEmpty(),
          "a case closes as " + outcome.code() + " only after at least one mediation session");
    }
    Assignment assignment = open.assignment();
    if (outcome.transferredTo() != null && assignment != null) {
      open.require(
          !outcome.transferredTo().equals(assignment.body()),
          "a case is transferred to another body than its own");
    }
    MediationCase closed =
        with(
            open,
            CLOSED,
            open.timeLimit().stopped(),
            Closing.of(command, now, by),
            open.reopenedAt());
    return open.become(closed, CaseAction.CLOSE, now, by, command.note());
  }

  static Change followUp(
      MediationCase closed, Performance performance, String note, String by, Instant now) {
    Agreement agreement = agreementOf(closed);
    String refusal = agreement.refusalToFollowUp();
    closed.require(refusal == null, refusal);
    FollowUp visit = new FollowUp(performance, note, now, by);
    return withAgreement(closed, agreement.followedUp(visit), CaseAction.FOLLOW_UP, now, by, note);
  }

  static Change confirmJudicially(
      MediationCase closed,
      String court,
      Instant appliedAt,
      Instant confirmedAt,
      String by,
      Instant now) {
    Agreement agreement = agreementOf(closed);
    Instant agreedAt = closed.closing().at();
    String refusal = agreement.refusalToConfirm(agreedAt, appliedAt, confirmedAt, now);
    closed.require(refusal == null, refusal);
    JudicialConfirmation confirmation =
        new JudicialConfirmation(court, appliedAt, confirmedAt, now, by);
    return withAgreement(
        closed, agreement.confirmed(confirmation), CaseAction.CONFIRM_JUDICIALLY, now, by, court);
  }

  static Change reopen(
      MediationCase closed, String reason, String by, CaseRules rules, Instant now) {
    Closing closing = closed.closing();
    closed.require(
        closed.status() == CLOSED && closing.outcome() == Outcome.FAILED,
        "only a case closed as FAILED can be reopened");
    closed.require(closed.reopenedAt() == null, "a case is reopened once only");
    closed.require(
        AllowedActions.mayBeReopened(closed, rules, now),
        "the window to reopen this case closed at " + closing.at().plus(rules.reopenWindow()));
    TimeLimit restarted = closed.timeLimit().restarted(rules.deadlineFrom(now));
    MediationCase reopened = with(closed, MEDIATING, restarted, null, now);
    return closed.become(reopened, CaseAction.REOPEN, now, by, reason);
  }

  private static Agreement agreementOf(MediationCase closed) {
    closed.require(
        closed.status() == CLOSED && closed.closing().outcome() == Outcome.SUCCESS,
        "only a case closed with an agreement (SUCCESS) has one to record this on");
    return closed.closing().agreement();
  }

  private static Change withAgreement(
      MediationCase closed,
      Agreement agreement,
      CaseAction action,
      Instant at,
      String by,
      String note) {
    Closing closing = closed.closing().withAgreement(agreement);
    MediationCase changed = with(closed, CLOSED, closed.timeLimit(), closing, closed.reopenedAt());
    return closed.become(changed, action, at, by, note);
  }

  /** The case closed or reopened, or its agreement changed: its mediation stays as it was. */
  private static MediationCase with(
      MediationCase before,
      CaseStatus to,
      TimeLimit timeLimit,
      Closing closing,
      Instant reopenedAt) {
    return new MediationCase(
        before.id(),
        before.number(),
        before.version(),
        to,
        before.intake(),
        before.assignment(),
        before.sessions(),
        timeLimit,
        before.decline(),
        closing,
        reopenedAt,
        before.history());
  }
}
