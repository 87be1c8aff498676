package io.civicline.perf.load;

/**
 * What the load did to one mediation case and what mediation-service answered, kept by the one
 * client thread that works it.
 */
final class CaseRecord {

  final CaseJourney journey;
  String district;
  String disputeType;
  final String source;

  /** The body the case is assigned to and, for a transfer, the body it goes to. */
  final String assignTo;

  final String transferTo;
  String id;
  long version;
  String status;
  boolean declined;

  /** The mediating body the case was assigned to; none until it is. */
  String body;

  String outcome;

  /** The ticket the case was referred from, for a referral. */
  TicketRecord referredFrom;

  CaseRecord(
      CaseJourney journey,
      String district,
      String disputeType,
      String source,
      String assignTo,
      String transferTo) {
    this.journey = journey;
    this.district = district;
    this.disputeType = disputeType;
    this.source = source;
    this.assignTo = assignTo;
    this.transferTo = transferTo;
  }

  boolean isOpen() {
    return "REGISTERED".equals(status) || "MEDIATING".equals(status);
  }

  boolean isClosed() {
    return "CLOSED".equals(status);
  }

  @Override
  public String toString() {
    return journey + " " + (id == null ? "(not created)" : id) + " " + status;
  }
}
