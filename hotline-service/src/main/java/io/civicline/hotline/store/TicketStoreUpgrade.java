package io.civicline.hotline.store;

import io.civicline.kit.lists.StoreUpgrades;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings a database written by an earlier version up to this one at start: drops the list indexes
 * this version replaced, and gives each ticket stored before the word search its {@code words}, a
 * batch at a time, so that the search finds it.
 */
@Component
public class TicketStoreUpgrade implements InitializingBean {

  private final MongoTemplate mongo;

  TicketStoreUpgrade(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterPropertiesSet() {
    StoreUpgrades.dropIndexes(
        mongo.indexOps(TicketDocument.class), TicketDocument.SUPERSEDED_INDEXES);
    fillWords();
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
