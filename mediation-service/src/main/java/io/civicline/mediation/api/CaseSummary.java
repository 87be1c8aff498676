package io.civicline.mediation.api;

import io.civicline.mediation.domain.MediationCase;
import java.time.Instant;

/** A case in a list (search; API and console): what a row shows, no personal data. */
public record CaseSummary(
    String id,
    String number,
    long version,
    String status,
    String disputeType,
    String district,
    String source,
    String body,
    String mediator,
    Instant registeredAt,
    Instant deadline,
    boolean overdue,
    String outcome,
    Instant closedAt,
    String referralTicketId) {

  public static CaseSummary of(MediationCase mediationCase) {
    var intake = mediationCase.intake();
    var assignment = mediationCase.assignment();
    var closing = mediationCase.closing();
    return new CaseSummary(
        mediationCase.id(),
        mediationCase.number(),
        mediationCase.version(),
        mediationCase.status().name(),
        intake.disputeType(),
        intake.district(),
        intake.source(),
        assignment == null ? null : assignment.body(),
        assignment == null ? null : assignment.mediator(),
        intake.registeredAt(),
        mediationCase.timeLimit().deadline(),
        mediationCase.timeLimit().overdue(),
        closing == null ? null : closing.outcome().name(),
        closing == null ? null : closing.at(),
        intake.referral() == null ? null : intake.referral().ticketId());
  }
}
