package io.civicline.hotline.domain;

/** Where a ticket stands in its lifecycle. */
public enum TicketStatus {
  /** Logged by an agent, waiting to be routed. */
  RECEIVED,
  /** Answered and finished by the agent at intake, without dispatch (即办). */
  RESOLVED_ON_FIRST_CONTACT
}
