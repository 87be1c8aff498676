package io.civicline.hotline.api;

import io.civicline.hotline.domain.Ticket;
import java.time.Instant;

/** A ticket in a list (search, queue; API and console): what a row shows, no personal data. */
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
        ticket.milestones().supervised(),
        dispatch != null && dispatch.extensionRequest() != null);
  }
}
