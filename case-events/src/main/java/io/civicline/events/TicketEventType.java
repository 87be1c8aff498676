package io.civicline.events;

/**
 * The kinds of ticket change. Names are past tense; the CloudEvents type carries a version so that
 * a changed meaning gets a new type instead of a silently different one.
 */
public enum TicketEventType {
  RECEIVED("civicline.ticket.received.v1");

  private final String cloudEventType;

  TicketEventType(String cloudEventType) {
    this.cloudEventType = cloudEventType;
  }

  public String cloudEventType() {
    return cloudEventType;
  }
}
