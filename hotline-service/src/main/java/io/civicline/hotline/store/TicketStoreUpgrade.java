package io.civicline.hotline.store;

import io.civicline.kit.lists.SearchWords;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Brings a database written by an earlier version up to this one at start: drops the list indexes
 * this version replaced, and gives each ticket stored before the word search its {@code words}, a
 * batch at a time, so that the search finds it.
 */
@Component
public class TicketStoreUpgrade implements InitializingBean {

  static final int BATCH = 500;

  private final MongoTemplate mongo;

  TicketStoreUpgrade(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterPropertiesSet() {
    IndexOperations indexes = mongo.indexOps(TicketDocument.class);
    List<String> present = indexes.getIndexInfo().stream().map(IndexInfo::getName).toList();
    TicketDocument.SUPERSEDED_INDEXES.stream()
        .filter(present::contains)
        .forEach(indexes::dropIndex);
    fillWords();
  }

  /** Writes the words of every ticket without them; returns how many it wrote. */
  public int fillWords() {
    Query wordless = Query.query(Criteria.where(SearchWords.FIELD).exists(false)).limit(BATCH);
    int filled = 0;
    List<TicketDocument> batch;
    do {
      batch = mongo.find(wordless, TicketDocument.class);
      for (TicketDocument stored : batch) {
        mongo.updateFirst(
            Query.query(Criteria.where("_id").is(stored.id())),
            Update.update(SearchWords.FIELD, TicketDocument.words(stored.ticket())),
            TicketDocument.class);
      }
      filled += batch.size();
    } while (batch.size() == BATCH);
    return filled;
  }
}
