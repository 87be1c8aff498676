package io.civicline.hotline.store;

import io.civicline.hotline.domain.AtRisk;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketStatus;
import io.civicline.kit.mongo.DeadlineKey;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The SLA watcher's keys: {@code sla.due} while a ticket's deadline runs, {@code sla.risk} while
 * its risk time (预警) runs, each a {@link DeadlineKey} in a unique sparse index, so that "past now"
 * is a regular expression answered from that index (see {@link DeadlineKey} for why).
 */
@Repository
public class SlaKeys {

  private final MongoTemplate mongo;

  SlaKeys(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The keys a ticket is stored with: none of a time that does not run. */
  static TicketDocument.Sla of(Ticket ticket) {
    return new TicketDocument.Sla(
        ticket.runningDeadline().map(due -> DeadlineKey.of(due, ticket.id())).orElse(null),
        AtRisk.runningTime(ticket).map(risk -> DeadlineKey.of(risk, ticket.id())).orElse(null));
  }

  /** Tickets with a department whose deadline passed before {@code now} and not yet marked. */
  public List<Ticket> dueToBeMarkedOverdue(Instant now, int limit) {
    return before(TicketDocument.SLA_DUE, now, limit);
  }

  /** Tickets a department holds that are past their risk time and not yet marked at risk. */
  public List<Ticket> dueToBeMarkedAtRisk(Instant now, int limit) {
    return before(TicketDocument.SLA_RISK, now, limit);
  }

  /**
   * Gives the tickets with a running deadline but no {@code sla.due}, or a running risk time but no
   * {@code sla.risk}, theirs: tickets stored before the fields existed, which the SLA watcher would
   * not see otherwise. Reads the whole collection once; returns how many it keyed.
   */
  public int keyRunningDeadlines() {
    Criteria unkeyed =
        Criteria.where(TicketDocument.STATUS)
            .in(TicketStatus.WITH_DEPARTMENT)
            .and(TicketDocument.OVERDUE)
            .is(false)
            .orOperator(
                Criteria.where(TicketDocument.SLA_DUE).exists(false),
                Criteria.where(TicketDocument.SLA_RISK)
                    .exists(false)
                    .and(TicketDocument.AT_RISK)
                    .ne(true));
    int keyed = 0;
    for (TicketDocument document : mongo.find(new Query(unkeyed), TicketDocument.class)) {
      Ticket ticket = document.ticket();
      // A ticket changed meanwhile got its keys from that change.
      keyed +=
          (int)
              mongo
                  .updateFirst(
                      TicketStore.sameVersion(ticket.id(), ticket.version()),
                      new Update().set(TicketDocument.SLA, of(ticket)),
                      TicketDocument.class)
                  .getModifiedCount();
    }
    return keyed;
  }

  private List<Ticket> before(String key, Instant now, int limit) {
    return mongo
        .find(
            new Query(Criteria.where(key).regex(DeadlineKey.before(now))).limit(limit),
            TicketDocument.class)
        .stream()
        .map(TicketDocument::ticket)
        .toList();
  }
}
