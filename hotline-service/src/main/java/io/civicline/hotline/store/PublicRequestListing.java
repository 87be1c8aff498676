package io.civicline.hotline.store;

import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The reads of the public request list (Open311 {@code GET requests}): tickets by number, or those
 * received in a time range (the {@code received_id} index), of some topics and statuses, newest
 * first, at most {@code limit}.
 */
@Repository
public class PublicRequestListing {

  private final MongoTemplate mongo;

  PublicRequestListing(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public List<Ticket> byNumbers(Collection<String> numbers, int limit) {
    return read(Criteria.where(TicketDocument.NUMBER).in(numbers), limit);
  }

  /**
   * Tickets received from {@code from} (inclusive) to {@code to} (exclusive); {@code topics} and
   * {@code statuses} empty mean all.
   */
  public List<Ticket> received(
      Instant from,
      Instant to,
      Collection<String> topics,
      Collection<TicketStatus> statuses,
      int limit) {
    List<Criteria> filters = new ArrayList<>();
    filters.add(Criteria.where(TicketDocument.RECEIVED_AT).gte(from).lt(to));
    if (!topics.isEmpty()) {
      filters.add(Criteria.where(TicketDocument.TOPIC).in(topics));
    }
    if (!statuses.isEmpty()) {
      filters.add(Criteria.where(TicketDocument.STATUS).in(statuses));
    }
    return read(new Criteria().andOperator(filters), limit);
  }

  private List<Ticket> read(Criteria criteria, int limit) {
    Query query =
        Query.query(criteria)
            .with(Sort.by(Sort.Order.desc(TicketDocument.RECEIVED_AT), Sort.Order.desc("_id")))
            .limit(limit);
    return mongo.find(query, TicketDocument.class).stream().map(TicketDocument::ticket).toList();
  }
}
