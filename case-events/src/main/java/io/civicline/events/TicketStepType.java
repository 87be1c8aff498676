package io.civicline.events;

/**
 * The facts of a ticket's life that the figures count ({@link TicketSnapshot.Step#type()}). A
 * reader meeting a type it does not know ignores that step, so producers may add types.
 */
public enum TicketStepType {
  /** The agent answered and finished the ticket at creation (即办). */
  ANSWERED_AT_INTAKE,
  /** Dispatched (交办) to {@code department}; the first of these is the ticket's first dispatch. */
  DISPATCHED,
  /** Signed for (签收) by {@code department}, {@code onTime} within the window. */
  SIGNED,
  /** Returned (退单) by {@code department} to the agents. */
  RETURNED,
  /** {@code department} asked for a later deadline. */
  EXTENSION_REQUESTED,
  /** The extension {@code department} asked for was granted (延期). */
  EXTENSION_GRANTED,
  /** {@code department} replied (办结), {@code onTime} by the deadline. */
  REPLIED,
  /** The citizen was called back (回访) about the reply of {@code department} (none: agent's). */
  CALLED_BACK,
  /** Reopened (重办) after an unsatisfied callback on the reply of {@code department}. */
  REOPENED,
  /** An agent urged (催办) {@code department}, which held the ticket. */
  URGED,
  /** Handed to people's mediation. */
  REFERRED,
  /** Mediation's answer to the referral: its {@code outcome}. */
  REFERRAL_CONCLUDED
}
