package io.civicline.events;

/**
 * The kinds of mediation case change, one per transition of the case's lifecycle; see {@link
 * TicketEventType} for the naming rule.
 */
public enum MediationCaseEventType {
  /** 受理: the case was taken on. */
  REGISTERED("civicline.case.registered.v1"),
  /** 不予受理: refused, at intake or after; counted apart from the registered cases. */
  DECLINED("civicline.case.declined.v1"),
  /** Given to a mediator of a mediating body for the first time. */
  ASSIGNED("civicline.case.assigned.v1"),
  /** Moved to another mediator or body. */
  REASSIGNED("civicline.case.reassigned.v1"),
  /** A mediation session took place. */
  SESSION_HELD("civicline.case.session-held.v1"),
  /** The time limit was extended with both parties' consent. */
  EXTENDED("civicline.case.extended.v1"),
  /** The case passed its time limit without being closed. */
  MARKED_OVERDUE("civicline.case.marked-overdue.v1"),
  /** Closed with an outcome: success, failure, withdrawal or transfer. */
  CLOSED("civicline.case.closed.v1"),
  /** 履行回访: how the parties kept the agreement was checked. */
  PERFORMANCE_FOLLOWED_UP("civicline.case.performance-followed-up.v1"),
  /** 司法确认: a court confirmed the agreement. */
  JUDICIALLY_CONFIRMED("civicline.case.judicially-confirmed.v1"),
  /** A failed case was taken up again. */
  REOPENED("civicline.case.reopened.v1");

  private final String cloudEventType;

  MediationCaseEventType(String cloudEventType) {
    this.cloudEventType = cloudEventType;
  }

  public String cloudEventType() {
    return cloudEventType;
  }
}
