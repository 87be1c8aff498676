package io.civicline.hotline.store;

import io.civicline.events.EventJson;
import io.civicline.events.TicketReferral;
import io.civicline.events.Topics;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketStatus;
import io.civicline.kit.aggregate.VersionedStore;
import io.civicline.kit.outbox.OutboxEvent;
import io.civicline.kit.outbox.OutboxRelay;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Saves a ticket together with the events its change caused in one single-document write, then asks
 * the relay to publish them. An update only applies to the version it was decided on (optimistic
 * locking), so of two concurrent changes one wins and the other is told.
 */
@Repository
public class TicketStore {

  /** The CloudEvents {@code source} of every ticket event. */
  public static final String SOURCE = "/hotline-service";

  private final MongoTemplate mongo;
  private final VersionedStore<TicketDocument> records;

  TicketStore(MongoTemplate mongo, OutboxRelay relay) {
    this.mongo = mongo;
    this.records = new VersionedStore<>(mongo, relay, TicketDocument.class, TicketDocument.VERSION);
  }

  public void insert(Ticket.Change change) {
    insert(change, null);
  }

  /** Inserts a new ticket with the hash of the citizen's lookup code (null: none). */
  public void insert(Ticket.Change change, String lookupCodeHash) {
    Ticket ticket = change.ticket();
    records.insert(ticket.id(), TicketDocument.of(ticket, outboxOf(change), lookupCodeHash));
  }

  /**
   * Writes the changed ticket and appends its events to the outbox, if the stored ticket still has
   * {@code expectedVersion}; returns false, changing nothing, if someone else changed it first.
   */
  public boolean update(Ticket.Change change, long expectedVersion) {
    Ticket ticket = change.ticket();
    Update update =
        TicketDocument.placedInQueues(
            new Update()
                .set(TicketDocument.TICKET, ticket)
                .set(TicketDocument.RISK_AT, TicketDocument.riskAt(ticket)),
            ticket);
    return records.update(ticket.id(), expectedVersion, update, outboxOf(change));
  }

  public Optional<Ticket> find(String id) {
    return records.find(id).map(TicketDocument::ticket);
  }

  /** Tickets a department holds whose deadline passed before {@code now}, not yet marked. */
  public List<Ticket> dueToBeMarkedOverdue(Instant now, int limit) {
    Criteria running =
        Criteria.where(TicketDocument.STATUS)
            .in(TicketStatus.WITH_DEPARTMENT)
            .and(TicketDocument.OVERDUE)
            .is(false);
    return ticketsOf(records.due(running, TicketDocument.DEADLINE, now, limit));
  }

  /** Tickets a department holds past their risk time (预警), not yet marked at risk. */
  public List<Ticket> dueToBeMarkedAtRisk(Instant now, int limit) {
    Criteria held = Criteria.where(TicketDocument.STATUS).in(TicketStatus.WITH_DEPARTMENT);
    return ticketsOf(records.due(held, TicketDocument.RISK_AT, now, limit));
  }

  private static List<Ticket> ticketsOf(List<TicketDocument> documents) {
    return documents.stream().map(TicketDocument::ticket).toList();
  }

  public Optional<Ticket> findByNumber(String number) {
    return documentNumbered(number).map(TicketDocument::ticket);
  }

  /**
   * The ticket with this number, if it was stored with this lookup code's hash; a wrong number and
   * a wrong code are told apart by nobody. The comparison takes the same time wherever they differ.
   */
  public Optional<Ticket> findByLookup(String number, String lookupCodeHash) {
    return documentNumbered(number)
        .filter(document -> sameHash(document.lookupCodeHash(), lookupCodeHash))
        .map(TicketDocument::ticket);
  }

  private Optional<TicketDocument> documentNumbered(String number) {
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(Criteria.where(TicketDocument.NUMBER).is(number)), TicketDocument.class));
  }

  private static boolean sameHash(String stored, String given) {
    return stored != null
        && MessageDigest.isEqual(
            stored.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
  }

  private static List<OutboxEvent> outboxOf(Ticket.Change change) {
    List<OutboxEvent> outbox = new ArrayList<>();
    change
        .events()
        .forEach(event -> outbox.add(OutboxEvent.of(Topics.TICKET_EVENTS, SOURCE, event)));
    if (change.referral() != null) {
      TicketReferral referral = change.referral();
      outbox.add(
          OutboxEvent.of(
              Topics.REFERRALS,
              SOURCE,
              referral.eventId(),
              referral.ticketId(),
              referral.type(),
              referral.referredAt(),
              EventJson.write(referral)));
    }
    return outbox;
  }
}
