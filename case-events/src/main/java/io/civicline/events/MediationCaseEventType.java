package io.civicline.events;

/** The kinds of mediation case change; see {@link TicketEventType} for the naming rule. */
public enum MediationCaseEventType {
  REGISTERED("civicline.case.registered.v1");

  private final String cloudEventType;

  MediationCaseEventType(String cloudEventType) {
    this.cloudEventType = cloudEventType;
  }

  public String cloudEventType() {
    return cloudEventType;
  }
}
