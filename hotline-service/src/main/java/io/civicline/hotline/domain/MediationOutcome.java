package io.civicline.hotline.domain;

import java.time.Instant;

/**
 * Mediation's answer to a referral: the outcome of its closed case, or {@link #DECLINED} when it
 * did not take the case. Only a mediated case answers the citizen; the others send the ticket back
 * to the agents' queue.
 */
public enum MediationOutcome {
  SUCCESS("the mediation succeeded"),
  FAILED("the mediation failed"),
  WITHDRAWN("the parties withdrew the mediation case"),
  TRANSFERRED("mediation transferred the case elsewhere"),
  DECLINED("mediation declined the referral");

  private final String reason;

  MediationOutcome(String reason) {
    this.reason = reason;
  }

  /** Whether the ticket goes back to the agents rather than being answered by the mediation. */
  public boolean returnsTicket() {
    return this != SUCCESS && this != FAILED;
  }

  /** The answer a mediated case gives the citizen, recorded like a department's reply. */
  Reply replyOf(String caseId, Instant at) {
    ReplyResult result = this == SUCCESS ? ReplyResult.RESOLVED : ReplyResult.NOT_RESOLVABLE;
    return new Reply(result, null, null, at, Ticket.MEDIATION, true, caseId, name(), null);
  }

  /** What the ticket's history says about it. */
  String reason() {
    return reason;
  }
}
