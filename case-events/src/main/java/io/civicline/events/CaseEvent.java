package io.civicline.events;

import java.time.Instant;

/**
 * What every event of the contract carries. {@code caseVersion} is the aggregate's version after
 * the change (1, 2, 3 … without gaps), so a reader keeps the newest snapshot and drops anything not
 * newer.
 */
public sealed interface CaseEvent permits TicketEvent, MediationCaseEvent {

  String eventId();

  String caseId();

  long caseVersion();

  Instant occurredAt();

  /** The aggregate's state after the change: every field the figures need, codes and ids only. */
  Record snapshot();

  /** The CloudEvents {@code type} of this event, e.g. {@code civicline.ticket.received.v1}. */
  String type();
}
