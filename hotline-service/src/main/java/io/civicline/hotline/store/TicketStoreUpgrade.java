package io.civicline.hotline.store;

import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketStatus;
import io.civicline.kit.lists.StoreUpgrades;
import io.civicline.kit.mongo.FormerIndexes;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Brings a database written by an earlier version up to this one at start: drops the indexes an
 * earlier schema had (the SLA keys under {@code sla}, the versioned filter's, and the list indexes
 * this version replaced), removes that field, gives each ticket whose risk time runs its {@code
 * riskAt}, so the SLA watcher sees tickets stored before (a ticket changed meanwhile got it from
 * that change), places each ticket stored before the work queues had their fields in its queues,
 * and gives each ticket stored before the word search its {@code words}, a batch at a time.
 */
@Component
public class TicketStoreUpgrade implements InitializingBean {

  /** Indexes of the earlier schema. */
  static final List<String> FORMER_INDEXES = List.of("sla_due", "sla_risk", "id_version");

  static final String FORMER_SLA_KEYS = "sla";

  private final MongoTemplate mongo;

  TicketStoreUpgrade(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterPropertiesSet() {
    FormerIndexes.drop(mongo.indexOps(TicketDocument.class), FORMER_INDEXES);
    FormerIndexes.drop(mongo.indexOps(TicketDocument.class), TicketDocument.SUPERSEDED_INDEXES);
    mongo.updateMulti(
        Query.query(Criteria.where(FORMER_SLA_KEYS).exists(true)),
        new Update().unset(FORMER_SLA_KEYS),
        TicketDocument.class);
    giveRiskTimes();
    placeInQueues();
    fillWords();
  }

  /** Returns how many tickets it gave their {@code riskAt}. */
  int giveRiskTimes() {
    return fill(
        Criteria.where(TicketDocument.STATUS)
            .in(TicketStatus.WITH_DEPARTMENT)
            .and(TicketDocument.RISK_AT)
            .exists(false),
        ticket -> Update.update(TicketDocument.RISK_AT, TicketDocument.riskAt(ticket)));
  }

  /** Returns how many tickets stored before the queues' fields it placed in their queues. */
  int placeInQueues() {
    return fill(
        Criteria.where(TicketDocument.WAITS_FOR_AGENTS).exists(false),
        ticket -> TicketDocument.placedInQueues(new Update(), ticket));
  }

  private int fill(Criteria lacking, Function<Ticket, Update> update) {
    return StoreUpgrades.fill(
        mongo,
        TicketDocument.class,
        lacking,
        stored -> update.apply(stored.ticket()),
        stored ->
            StoreUpgrades.atVersion(
                stored.ticket().id(), TicketDocument.VERSION, stored.ticket().version()));
  }

  /** Writes the words of every ticket without them; returns how many it wrote. */
  public int fillWords() {
    return StoreUpgrades.fillWords(
        mongo,
        TicketDocument.class,
        TicketDocument::id,
        stored -> TicketDocument.words(stored.ticket()));
  }
}
