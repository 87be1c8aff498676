package io.civicline.hotline.store;

import io.civicline.events.Topics;
import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.outbox.OutboxEvent;
import io.civicline.kit.outbox.OutboxRelay;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Saves a ticket together with the events its change caused in one single-document write, then asks
 * the relay to publish them.
 */
@Repository
public class TicketStore {

  /** The CloudEvents {@code source} of every ticket event. */
  public static final String SOURCE = "/hotline-service";

  private final MongoTemplate mongo;
  private final OutboxRelay relay;

  TicketStore(MongoTemplate mongo, OutboxRelay relay) {
    this.mongo = mongo;
    this.relay = relay;
  }

  public void insert(Ticket.Change change) {
    List<OutboxEvent> outbox =
        change.events().stream()
            .map(event -> OutboxEvent.of(Topics.TICKET_EVENTS, SOURCE, event))
            .toList();
    mongo.insert(TicketDocument.of(change.ticket(), outbox));
    relay.publishSoon(TicketDocument.COLLECTION, change.ticket().id());
  }

  public Optional<Ticket> find(String id) {
    return Optional.ofNullable(mongo.findById(id, TicketDocument.class))
        .map(TicketDocument::toTicket);
  }
}
