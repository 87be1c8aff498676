package io.civicline.hotline.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a ticket stands in its lifecycle. */
public enum TicketStatus {
  /** Logged by an agent (or returned, or reopened): waiting in the agents' queue for routing. */
  RECEIVED,
  /** Answered and finished by the agent at intake, without dispatch (即办). */
  RESOLVED_ON_FIRST_CONTACT,
  /** Dispatched (交办) to a department, waiting for it to sign for it. */
  DISPATCHED,
  /** Signed for (签收) by the department, which is working on it. */
  SIGNED,
  /** The department's answer (办结) is recorded; waiting for the callback. */
  REPLIED,
  /** The citizen was called back (回访); waiting to be closed or reopened. */
  CALLED_BACK,
  /** Handed to people's mediation; waiting for the mediation outcome. */
  REFERRED,
  /** A duplicate (重复件) of another ticket: finished, counted once with the other. */
  DUPLICATE,
  /** Archived (归档). */
  CLOSED;

  /** Whether work on the ticket is still going on. */
  public boolean isOpen() {
    return this != CLOSED && this != DUPLICATE;
  }

  /** The statuses in which a department holds the ticket, so its deadline runs. */
  public static final Set<TicketStatus> WITH_DEPARTMENT =
      Collections.unmodifiableSet(EnumSet.of(DISPATCHED, SIGNED));

  public boolean isWithDepartment() {
    return WITH_DEPARTMENT.contains(this);
  }
}
