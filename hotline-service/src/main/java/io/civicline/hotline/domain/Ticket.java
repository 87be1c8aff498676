package io.civicline.hotline.domain;

import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A 12345 ticket: the aggregate. Every change returns the new ticket together with the event it
 * caused ({@link Change}), whose {@code caseVersion} is the ticket's version after the change.
 */
public record Ticket(
    String id,
    String number,
    long version,
    TicketStatus status,
    String channel,
    String category,
    String district,
    Urgency urgency,
    Caller caller,
    String description,
    Instant receivedAt,
    String receivedBy) {

  /** A ticket after a change, and the events the change caused, to be saved in one write. */
  public record Change(Ticket ticket, List<TicketEvent> events) {}

  public static Change receive(String id, String number, ReceiveTicket command, Instant now) {
    Ticket ticket =
        new Ticket(
            id,
            number,
            1,
            TicketStatus.RECEIVED,
            command.channel(),
            command.category(),
            command.district(),
            command.urgency() == null ? Urgency.NORMAL : command.urgency(),
            command.caller() == null ? Caller.anonymousCaller() : command.caller(),
            command.description(),
            now,
            command.agent());
    return new Change(ticket, List.of(ticket.event(TicketEventType.RECEIVED, now)));
  }

  /** The state the figures need: codes and timestamps only, no caller and no description. */
  public TicketSnapshot snapshot() {
    return new TicketSnapshot(
        number,
        status.name(),
        channel,
        category,
        district,
        urgency.name(),
        null,
        receivedAt,
        null,
        null,
        false,
        null,
        null);
  }

  private TicketEvent event(TicketEventType type, Instant at) {
    return new TicketEvent(
        type.cloudEventType(), UUID.randomUUID().toString(), id, version, at, snapshot());
  }
}
