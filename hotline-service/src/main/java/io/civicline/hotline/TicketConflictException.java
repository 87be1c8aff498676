package io.civicline.hotline;

import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.problem.ConflictException;

/**
 * The action clashes with the ticket as it is now (someone changed it since the user saw it, or the
 * state machine forbids it): 409. The ticket rides along so that the API can show it to the user as
 * their role may see it.
 */
public class TicketConflictException extends ConflictException {

  private final transient Ticket ticket;

  TicketConflictException(String message, Ticket current) {
    super(message, null);
    this.ticket = current;
  }

  static TicketConflictException stale(Ticket current, long seenVersion) {
    return new TicketConflictException(
        "The ticket changed since you saw it (version "
            + seenVersion
            + ", now "
            + current.version()
            + "): reload it and try again.",
        current);
  }

  public Ticket ticket() {
    return ticket;
  }
}
