package io.civicline.kit.lists;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The steps that bring a collection written by an earlier version up to this one: the words of the
 * word search, and any field derived from the record (the indexes it replaced go with {@link
 * io.civicline.kit.mongo.FormerIndexes}).
 */
public final class StoreUpgrades {

  static final int BATCH = 500;

  private StoreUpgrades() {}

  /**
   * Applies the {@code update} of its record to each document of {@code type} that {@code lacking}
   * selects, if the document is still as read ({@code asRead}: its id at the version read); one
   * changed meanwhile got the fields from that change. Returns how many it changed.
   */
  public static <D> int fill(
      MongoTemplate mongo,
      Class<D> type,
      Criteria lacking,
      Function<D, Update> update,
      Function<D, Criteria> asRead) {
    int filled = 0;
    try (Stream<D> documents = mongo.stream(Query.query(lacking), type)) {
      for (D stored : (Iterable<D>) documents::iterator) {
        filled +=
            (int)
                mongo
                    .updateFirst(Query.query(asRead.apply(stored)), update.apply(stored), type)
                    .getModifiedCount();
      }
    }
    return filled;
  }

  /** The document of {@code id} whose record is at {@code version}, kept at {@code versionPath}. */
  public static Criteria atVersion(Object id, String versionPath, long version) {
    return Criteria.where("_id").is(id).and(versionPath).is(version);
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
