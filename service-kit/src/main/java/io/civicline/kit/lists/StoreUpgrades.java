package io.civicline.kit.lists;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The step that brings a collection written before the word search up to it (the indexes it
 * replaced go with {@link io.civicline.kit.mongo.FormerIndexes}).
 */
public final class StoreUpgrades {

  static final int BATCH = 500;

  private StoreUpgrades() {}

  /**
   * Gives each document of {@code type} without {@link SearchWords#FIELD} its words, a batch at a
   * time; {@code words} must give at least one word, or the document would be read again. Returns
   * how many it wrote.
   */
  public static <D> int fillWords(
      MongoTemplate mongo, Class<D> type, Function<D, String> id, Function<D, List<String>> words) {
    Query wordless = Query.query(Criteria.where(SearchWords.FIELD).exists(false)).limit(BATCH);
    int filled = 0;
    List<D> batch;
    do {
      batch = mongo.find(wordless, type);
      for (D stored : batch) {
        mongo.updateFirst(
            Query.query(Criteria.where("_id").is(id.apply(stored))),
            Update.update(SearchWords.FIELD, words.apply(stored)),
            type);
      }
      filled += batch.size();
    } while (batch.size() == BATCH);
    return filled;
  }
}
