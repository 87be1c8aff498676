package io.civicline.hotline.api;

import io.civicline.hotline.domain.Ticket;
import java.time.Instant;

/**
 * A ticket in a list (search, queue, at-risk list; API and console): what a row shows, no personal
 * data.
 */
public record TicketSummary(
    String id,
    String number,
    long version,
    String status,
    String category,
    String topic,
    String district,
    String urgency,
    String department,
    Instant receivedAt,
    Instant deadline,
    boolean overdue,
    boolean atRisk,
    int urged,
    boolean supervised,
    boolean extensionRequested) {

  public static TicketSummary of(Ticket ticket) {
    var dispatch = ticket.dispatch();
    return new TicketSummary(
        ticket.id(),
        ticket.number(),
        ticket.version(),
        ticket.status().name(),
        ticket.intake().category(),
        ticket.intake().topic(),
        ticket.intake().district(),
        ticket.intake().urgency().name(),
        dispatch == null ? null : dispatch.department(),
        ticket.intake().receivedAt(),
        dispatch == null ? null : dispatch.deadline(),
        ticket.milestones().overdue(),
        ticket.milestones().atRisk(),
        urgedSince(ticket),
        ticket.milestones().supervised(),
        dispatch != null && dispatch.extensionRequest() != null);
  }

  /** 催办: how often the department holding the ticket was urged since it was dispatched to it. */
  private static int urgedSince(Ticket ticket) {
    if (ticket.dispatch() == null) {
      return 0;
    }
    Instant dispatched = ticket.dispatch().dispatchedAt();
    return (int)
        ticket.milestones().urgedAt().stream().filter(at -> !at.isBefore(dispatched)).count();
  }
}
