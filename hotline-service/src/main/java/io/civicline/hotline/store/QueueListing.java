package io.civicline.hotline.store;

import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketQueues;
import io.civicline.kit.lists.PageCursor;
import io.civicline.kit.lists.QueueCursor;
import io.civicline.kit.lists.QueueOrder;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/**
 * The work queues a page at a time ({@link QueueOrder}), each served by its index in {@link
 * TicketDocument}: what agents must act on, oldest first; what a department holds, its urgent part
 * first (urged to it, at risk or overdue: {@link TicketQueues}), each part nearest deadline first.
 */
@Repository
public class QueueListing {

  private static final QueueOrder AGENTS =
      new QueueOrder(
          TicketDocument.RECEIVED_AT,
          List.of(Criteria.where(TicketDocument.WAITS_FOR_AGENTS).is(true)));

  private final MongoTemplate mongo;

  QueueListing(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public QueueOrder.Page<Ticket> agents(int size, QueueCursor after) {
    return read(AGENTS, size, after, ticket -> ticket.intake().receivedAt());
  }

  public QueueOrder.Page<Ticket> department(String department, int size, QueueCursor after) {
    QueueOrder order =
        new QueueOrder(
            TicketDocument.DEADLINE,
            List.of(part(department, TicketQueues.URGENT), part(department, TicketQueues.OTHER)));
    return read(order, size, after, ticket -> ticket.dispatch().deadline());
  }

  private static Criteria part(String department, int part) {
    return Criteria.where(TicketDocument.DEPARTMENT)
        .is(department)
        .and(TicketDocument.DEPARTMENT_PART)
        .is(part);
  }

  private QueueOrder.Page<Ticket> read(
      QueueOrder order, int size, QueueCursor after, Function<Ticket, Instant> time) {
    return order.read(
        mongo,
        TicketDocument.class,
        size,
        after,
        TicketDocument::ticket,
        ticket -> new PageCursor(time.apply(ticket), ticket.id()));
  }
}
