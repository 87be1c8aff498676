package io.civicline.perf.load;

/** The ways through the hotline a ticket of the load takes. */
enum TicketJourney {
  /** Answered by the agent at intake (即办); half then called back; closed. */
  FIRST_CONTACT,
  /**
   * Dispatched, signed, replied by the department, called back, closed; some urged (催办) once before
   * the signature and once after.
   */
  STANDARD,
  /** Dispatched, returned by the department (退单), dispatched elsewhere, then as STANDARD. */
  RETURNED,
  /** Dispatched, signed, urged, an extension asked for and granted (延期), then as STANDARD. */
  EXTENDED,
  /**
   * Signed on time, replied, called back unsatisfied, reopened (重办), dispatched again (to another
   * department for some), then as STANDARD.
   */
  REOPENED,
  /** The first callback reaches nobody, the second does. */
  UNREACHABLE,
  /** The agent records the department's reply on its behalf; never signed. */
  AGENT_REPLY,
  /**
   * A dispute between citizens: referred to mediation; a mediated outcome comes back as the reply,
   * then called back and closed; a case withdrawn, transferred or declined hands the ticket back
   * (RECEIVED), which is then dispatched as STANDARD.
   */
  REFERRED,
  /** A repeat call about a ticket already open: marked a duplicate of it (重复件). */
  DUPLICATE,
  /** Dispatched, urged by some, and left with the department: open at the end. */
  LEFT_OPEN
}
