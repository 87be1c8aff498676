package io.civicline.kit.lists;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The steps that bring a collection written by an earlier version up to the lists of this one. */
public final class StoreUpgrades {

  static final int BATCH = 500;

  private StoreUpgrades() {}

  /** Drops those of the indexes {@code names} that exist. */
  public static void dropIndexes(IndexOperations indexes, List<String> names) {
    List<String> present = indexes.getIndexInfo().stream().map(IndexInfo::getName).toList();
    names.stream().filter(present::contains).forEach(indexes::dropIndex);
  }

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
