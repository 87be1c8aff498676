package io.civicline.hotline.web;

import io.civicline.hotline.domain.Dispatch;
import io.civicline.hotline.domain.Ticket;
import java.time.Instant;

/** A ticket as a line of the queue or the search results: codes only, no personal data. */
record TicketRow(
    String id,
    String number,
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

  static TicketRow of(Ticket ticket) {
    Dispatch dispatch = ticket.dispatch();
    return new TicketRow(
        ticket.id(),
        ticket.number(),
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
