package io.civicline.hotline.store;

import io.civicline.hotline.domain.Caller;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketStatus;
import io.civicline.hotline.domain.Urgency;
import io.civicline.kit.outbox.OutboxEvent;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A ticket as stored: the aggregate's fields plus the outbox of its unpublished events. */
@Document(TicketDocument.COLLECTION)
record TicketDocument(
    @Id String id,
    @Indexed(unique = true) String number,
    long version,
    TicketStatus status,
    String channel,
    String category,
    String district,
    Urgency urgency,
    Caller caller,
    String description,
    Instant receivedAt,
    String receivedBy,
    List<OutboxEvent> outbox) {

  static final String COLLECTION = "tickets";

  static TicketDocument of(Ticket ticket, List<OutboxEvent> outbox) {
    return new TicketDocument(
        ticket.id(),
        ticket.number(),
        ticket.version(),
        ticket.status(),
        ticket.channel(),
        ticket.category(),
        ticket.district(),
        ticket.urgency(),
        ticket.caller(),
        ticket.description(),
        ticket.receivedAt(),
        ticket.receivedBy(),
        outbox);
  }

  Ticket toTicket() {
    return new Ticket(
        id,
        number,
        version,
        status,
        channel,
        category,
        district,
        urgency,
        caller,
        description,
        receivedAt,
        receivedBy);
  }
}
