package io.civicline.hotline.api;

import io.civicline.hotline.domain.Caller;
import io.civicline.hotline.domain.Ticket;
import java.time.Instant;

/** A ticket as the API shows it; the caller is masked for everyone but agents. */
record TicketView(
    String id,
    String number,
    long version,
    String status,
    String channel,
    String category,
    String district,
    String urgency,
    CallerView caller,
    String description,
    Instant receivedAt,
    String receivedBy) {

  record CallerView(String name, String phone, boolean anonymous) {

    static CallerView of(Caller caller) {
      return new CallerView(caller.name(), caller.phone(), caller.anonymous());
    }
  }

  static TicketView of(Ticket ticket, boolean showPersonalData) {
    Caller caller = showPersonalData ? ticket.caller() : ticket.caller().masked();
    return new TicketView(
        ticket.id(),
        ticket.number(),
        ticket.version(),
        ticket.status().name(),
        ticket.channel(),
        ticket.category(),
        ticket.district(),
        ticket.urgency().name(),
        CallerView.of(caller),
        ticket.description(),
        ticket.receivedAt(),
        ticket.receivedBy());
  }
}
