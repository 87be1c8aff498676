package io.civicline.events;

/**
 * The kinds of ticket change. Names are past tense; the CloudEvents type carries a version so that
 * a changed meaning gets a new type instead of a silently different one.
 */
public enum TicketEventType {
  RECEIVED("civicline.ticket.received.v1"),
  DISPATCHED("civicline.ticket.dispatched.v1"),
  SIGNED("civicline.ticket.signed.v1"),
  RETURNED("civicline.ticket.returned.v1"),
  EXTENSION_REQUESTED("civicline.ticket.extension-requested.v1"),
  EXTENSION_GRANTED("civicline.ticket.extension-granted.v1"),
  EXTENSION_REFUSED("civicline.ticket.extension-refused.v1"),
  REPLIED("civicline.ticket.replied.v1"),
  CALLED_BACK("civicline.ticket.called-back.v1"),
  REOPENED("civicline.ticket.reopened.v1"),
  CLOSED("civicline.ticket.closed.v1"),
  REFERRED("civicline.ticket.referred.v1"),
  MEDIATION_OUTCOME_RECORDED("civicline.ticket.mediation-outcome-recorded.v1"),
  MARKED_DUPLICATE("civicline.ticket.marked-duplicate.v1"),
  SUPERVISED("civicline.ticket.supervised.v1"),
  MARKED_OVERDUE("civicline.ticket.marked-overdue.v1"),
  /** An agent urged (催办) the department that holds the ticket. */
  URGED("civicline.ticket.urged.v1"),
  /**
   * Mediation declined the referral, or its case was withdrawn or transferred: the ticket is back
   * in the agents' queue ({@code mediationOutcome} says why).
   */
  REFERRAL_RETURNED("civicline.ticket.referral-returned.v1"),
  /** The SLA watcher found the ticket past 75 % of its time (预警), not yet overdue. */
  MARKED_AT_RISK("civicline.ticket.marked-at-risk.v1"),
  /**
   * An agent set or corrected the ticket's place: the snapshot's {@code street} is the new one (the
   * address and coordinates stay in the service).
   */
  PLACE_SET("civicline.ticket.place-set.v1"),
  /**
   * A photo or document was attached to the ticket. The event says no more than that: the file, its
   * name and its content stay in the service, shown to the ticket's handlers only.
   */
  FILE_ATTACHED("civicline.ticket.file-attached.v1");

  private final String cloudEventType;

  TicketEventType(String cloudEventType) {
    this.cloudEventType = cloudEventType;
  }

  public String cloudEventType() {
    return cloudEventType;
  }
}
