package io.civicline.hotline.store;

import io.civicline.events.EventJson;
import io.civicline.events.TicketReferral;
import io.civicline.events.TicketStepType;
import io.civicline.events.Topics;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketStatus;
import io.civicline.kit.outbox.OutboxEvent;
import io.civicline.kit.outbox.OutboxRelay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
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
  private final OutboxRelay relay;

  TicketStore(MongoTemplate mongo, OutboxRelay relay) {
    this.mongo = mongo;
    this.relay = relay;
  }

  public void insert(Ticket.Change change) {
    Ticket ticket = change.ticket();
    List<OutboxEvent> outbox = outboxOf(change);
    mongo.insert(
        new TicketDocument(
            ticket.id(), ticket, outbox, SlaKeys.of(ticket), TicketDocument.words(ticket)));
    relay.publishInserted(TicketDocument.COLLECTION, ticket.id(), outbox);
  }

  /**
   * Writes the changed ticket and appends its events to the outbox, if the stored ticket still has
   * {@code expectedVersion}; returns false, changing nothing, if someone else changed it first.
   */
  public boolean update(Ticket.Change change, long expectedVersion) {
    Ticket ticket = change.ticket();
    Update update =
        new Update()
            .set("ticket", ticket)
            .set(TicketDocument.SLA, SlaKeys.of(ticket))
            .push(OutboxEvent.FIELD)
            .each(outboxOf(change).toArray());
    boolean applied =
        mongo
                .updateFirst(
                    sameVersion(ticket.id(), expectedVersion), update, TicketDocument.class)
                .getMatchedCount()
            == 1;
    if (applied) {
      relay.publishSoon(TicketDocument.COLLECTION, ticket.id());
    }
    return applied;
  }

  public Optional<Ticket> find(String id) {
    return Optional.ofNullable(mongo.findById(id, TicketDocument.class))
        .map(TicketDocument::ticket);
  }

  public Optional<Ticket> findByNumber(String number) {
    return Optional.ofNullable(
            mongo.findOne(
                Query.query(Criteria.where(TicketDocument.NUMBER).is(number)),
                TicketDocument.class))
        .map(TicketDocument::ticket);
  }

  /**
   * What agents must act on, oldest first: tickets waiting for routing (new, returned, reopened),
   * answered ones waiting for their callback or closing, pending extension requests and overdue
   * tickets.
   */
  public List<Ticket> agentQueue(int size) {
    Criteria needsAgent =
        new Criteria()
            .orOperator(
                Criteria.where(TicketDocument.STATUS)
                    .in(TicketStatus.RECEIVED, TicketStatus.REPLIED, TicketStatus.CALLED_BACK),
                Criteria.where(TicketDocument.EXTENSION_REQUEST).ne(null),
                Criteria.where(TicketDocument.OVERDUE).is(true));
    return tickets(
        new Query(needsAgent)
            .with(Sort.by(Sort.Direction.ASC, TicketDocument.RECEIVED_AT))
            .limit(size));
  }

  /**
   * Tickets a department holds (dispatched or signed for): those urged (催办) to it, at risk or
   * overdue first, then the rest; each part nearest deadline first.
   */
  public List<Ticket> departmentQueue(String department, int size) {
    Criteria urgent =
        new Criteria()
            .orOperator(
                Criteria.where(TicketDocument.STEPS)
                    .elemMatch(
                        Criteria.where("type")
                            .is(TicketStepType.URGED.name())
                            .and("department")
                            .is(department)),
                Criteria.where(TicketDocument.AT_RISK).is(true),
                Criteria.where(TicketDocument.OVERDUE).is(true));
    List<Ticket> first = tickets(held(department).andOperator(urgent), size);
    List<Ticket> queue = new ArrayList<>(first);
    if (first.size() < size) {
      queue.addAll(tickets(held(department).norOperator(urgent), size - first.size()));
    }
    return queue;
  }

  private List<Ticket> tickets(Criteria held, int size) {
    return tickets(
        new Query(held).with(Sort.by(Sort.Direction.ASC, TicketDocument.DEADLINE)).limit(size));
  }

  private static Criteria held(String department) {
    return Criteria.where(TicketDocument.STATUS)
        .in(TicketStatus.WITH_DEPARTMENT)
        .and(TicketDocument.DEPARTMENT)
        .is(department);
  }

  /** The ticket as long as it still has {@code version}: the optimistic lock of every write. */
  static Query sameVersion(String id, long version) {
    return Query.query(Criteria.where("_id").is(id).and(TicketDocument.VERSION).is(version));
  }

  private List<Ticket> tickets(Query query) {
    return mongo.find(query, TicketDocument.class).stream().map(TicketDocument::ticket).toList();
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
