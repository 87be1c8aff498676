package io.civicline.events.asyncapi;

import io.civicline.events.MediationCaseEventType;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketReferral;
import io.civicline.events.Topics;
import java.util.Arrays;
import java.util.List;

/**
 * What each event topic carries: the one place that pairs a topic of {@link Topics} with the
 * CloudEvents types of its records, for the AsyncAPI document.
 */
public enum EventTopic {
  TICKET_EVENTS(
      Topics.TICKET_EVENTS,
      "ticketEvents",
      "Every change of a hotline ticket, in order per ticket: codes and ids only, no personal data."
          + " Kept forever, so that the figures can be rebuilt by replaying it.",
      "the ticket's id",
      Arrays.stream(TicketEventType.values()).map(TicketEventType::cloudEventType).toList()),
  REFERRALS(
      Topics.REFERRALS,
      "referrals",
      "Tickets handed to people's mediation, with the caller's contact and the description the"
          + " mediator needs: read by mediation-service alone, kept for a limited time.",
      "the ticket's id",
      List.of(TicketReferral.TYPE)),
  CASE_EVENTS(
      Topics.CASE_EVENTS,
      "caseEvents",
      "Every change of a mediation case, in order per case: codes and ids only, no personal data."
          + " Kept forever, so that the figures can be rebuilt by replaying it.",
      "the case's id",
      Arrays.stream(MediationCaseEventType.values())
          .map(MediationCaseEventType::cloudEventType)
          .toList());

  private final String address;
  private final String channelId;
  private final String description;
  private final String key;
  private final List<String> types;

  EventTopic(String address, String channelId, String description, String key, List<String> types) {
    this.address = address;
    this.channelId = channelId;
    this.description = description;
    this.key = key;
    this.types = types;
  }

  /** The Kafka topic. */
  public String address() {
    return address;
  }

  String channelId() {
    return channelId;
  }

  String description() {
    return description;
  }

  /** What a record's key is. */
  String key() {
    return key;
  }

  /** The CloudEvents types of its records, each with a schema of that name. */
  public List<String> types() {
    return types;
  }
}
