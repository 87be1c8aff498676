package io.civicline.mediation.domain;

import io.civicline.events.MediationCaseSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The state the figures need, taken from a case: codes and timestamps only, no personal data. */
final class CaseSnapshots {

  private CaseSnapshots() {}

  static MediationCaseSnapshot of(MediationCase mediation) {
    Intake intake = mediation.intake();
    Assignment assignment = mediation.assignment();
    Decline decline = mediation.decline();
    Closing closing = mediation.closing();
    Agreement agreement = closing == null ? null : closing.agreement();
    FollowUp followUp = agreement == null ? null : agreement.followUp();
    JudicialConfirmation confirmation = agreement == null ? null : agreement.judicialConfirmation();
    TimeLimit timeLimit = mediation.timeLimit();
    List<Instant> extendedAt =
        timeLimit.extensions().stream().map(TimeLimit.Extension::at).toList();
    return new MediationCaseSnapshot(
        mediation.number(),
        mediation.status().name(),
        intake.disputeType(),
        intake.district(),
        intake.source(),
        assignment == null ? null : assignment.body(),
        assignment == null ? null : assignment.linkageBody(),
        intake.referral() == null ? null : intake.referral().ticketId(),
        intake.registeredAt(),
        timeLimit.deadline(),
        timeLimit.overdue(),
        closing == null ? null : closing.at(),
        closing == null ? null : closing.outcome().name(),
        decline == null ? null : decline.at(),
        decline == null ? null : decline.reason().name(),
        assignment == null ? null : assignment.mediator(),
        mediation.sessions().size(),
        extendedAt.isEmpty() ? null : extendedAt,
        agreement == null ? null : agreement.type().name(),
        agreement == null ? null : agreement.amount(),
        closing == null || closing.advice() == null ? null : closing.advice().name(),
        closing == null ? null : closing.transferredTo(),
        followUp == null ? null : followUp.at(),
        followUp == null ? null : followUp.performance().name(),
        confirmation == null ? null : confirmation.confirmedAt(),
        mediation.reopenedAt(),
        closings(mediation));
  }

  /**
   * Every closing, from the audit trail: only a FAILED case can be reopened, so each closing before
   * the current one failed; the current one, if the case is closed, has the closing's outcome. The
   * trail has every closing of cases stored before the snapshot carried them, too.
   */
  static List<MediationCaseSnapshot.Closing> closings(MediationCase mediation) {
    List<Instant> closedAt =
        mediation.history().stream()
            .filter(entry -> entry.action() == CaseAction.CLOSE)
            .map(HistoryEntry::at)
            .toList();
    List<MediationCaseSnapshot.Closing> closings = new ArrayList<>();
    for (int i = 0; i < closedAt.size(); i++) {
      boolean current = i == closedAt.size() - 1 && mediation.closing() != null;
      Outcome outcome = current ? mediation.closing().outcome() : Outcome.FAILED;
      closings.add(new MediationCaseSnapshot.Closing(closedAt.get(i), outcome.name()));
    }
    return closings.isEmpty() ? null : closings;
  }
}
