package io.civicline.mediation.domain;

import io.civicline.events.MediationCaseSnapshot;
import java.time.Instant;
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

  /** Every closing at its own time; none is written as absent, as before closings were listed. */
  static List<MediationCaseSnapshot.Closing> closings(MediationCase mediation) {
    List<MediationCaseSnapshot.Closing> closings =
        ClosingTime.all(mediation).stream()
            .map(c -> new MediationCaseSnapshot.Closing(c.at(), c.outcome().name()))
            .toList();
    return closings.isEmpty() ? null : closings;
  }
}
