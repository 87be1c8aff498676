package io.civicline.perf.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.ObjectId;

/**
 * Fills a services' collection with copies of documents it already holds (the load generator's,
 * say): documents of the real shape, history included, in minutes instead of the hours the API
 * would take. Only documents whose events are all published serve as templates, and every copy's
 * outbox is empty, so that no relay publishes a copy's events.
 *
 * @param collection the services' collection ({@code tickets}, {@code cases})
 */
record DocumentClones(MongoCollection<Document> collection) {

  private static final int BATCH = 1_000;
  private static final int THREADS = 4;
  private static final String OUTBOX = "outbox";

  /** Makes the {@code n}-th copy of {@code template}, a fresh document it may change freely. */
  @FunctionalInterface
  interface Copy {
    Document of(Document template, long n);
  }

  /**
   * Up to {@code limit} documents matching {@code query} with no unpublished event.
   *
   * @throws IllegalStateException when there is none
   */
  List<RawBsonDocument> templates(Document query, int limit) {
    List<RawBsonDocument> templates = new ArrayList<>();
    // Limited and in batches: the MongoDB-wire server answers a find without them in one reply.
    for (Document template : collection.find(query).limit(limit).batchSize(BATCH)) {
      List<?> outbox = template.getList(OUTBOX, Object.class);
      if (outbox == null || outbox.isEmpty()) {
        templates.add(new RawBsonDocument(template, new DocumentCodec()));
      }
      if (templates.size() == limit) {
        break;
      }
    }
    if (templates.isEmpty()) {
      throw new IllegalStateException(
          "no document in " + collection.getNamespace() + " to copy: run ./load.sh first");
    }
    return templates;
  }

  /** Inserts copies until the collection holds {@code target} documents; returns how many. */
  long fillUpTo(long target, List<RawBsonDocument> templates, Copy copy, PrintStream out) {
    // The collection's count, not countDocuments: that one is an aggregation, and the
    // MongoDB-wire server materializes every document for it.
    return insert(target - collection.estimatedDocumentCount(), templates, copy, out);
  }

  /**
   * Inserts {@code count} copies of the templates in turn, from several threads; returns how many.
   */
  long insert(long count, List<RawBsonDocument> templates, Copy copy, PrintStream out) {
    if (count <= 0) {
      return 0;
    }
    AtomicLong next = new AtomicLong();
    AtomicLong inserted = new AtomicLong();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    LoadThreads.runAll(
        "clone-" + collection.getNamespace().getCollectionName(),
        THREADS,
        thread ->
            () -> {
              List<Document> batch = new ArrayList<>(BATCH);
              long n;
              try {
                while (failure.get() == null && (n = next.getAndIncrement()) < count) {
                  Document template =
                      templates.get((int) (n % templates.size())).decode(new DocumentCodec());
                  Document clone = copy.of(template, n);
                  if (clone.containsKey(OUTBOX)) {
                    clone.put(OUTBOX, List.of());
                  }
                  batch.add(clone);
                  if (batch.size() == BATCH) {
                    insert(batch, inserted, out);
                  }
                }
                if (!batch.isEmpty() && failure.get() == null) {
                  insert(batch, inserted, out);
                }
              } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
              }
            });
    if (failure.get() != null) {
      String message = BenchFolders.firstLine(failure.get().getMessage());
      throw new IllegalStateException(
          "copying into "
              + collection.getNamespace()
              + " failed: "
              + message.substring(0, Math.min(message.length(), 300)),
          failure.get());
    }
    return inserted.get();
  }

  private void insert(List<Document> batch, AtomicLong inserted, PrintStream out) {
    collection.insertMany(batch, new InsertManyOptions().ordered(false));
    long total = inserted.addAndGet(batch.size());
    if (total / 100_000 != (total - batch.size()) / 100_000) {
      out.printf("  %s: %,d copies inserted%n", collection.getNamespace(), total);
    }
    batch.clear();
  }

  /**
   * Copies with a new id, in the aggregate under {@code aggregate} too, and a unique number: the
   * template's with {@code -copy-<run>-<n>}.
   */
  static Copy renumbered(String aggregate) {
    String run = Long.toString(System.currentTimeMillis(), 36);
    return (copy, n) -> {
      Document inner = newIds(copy, aggregate);
      inner.put("number", inner.getString("number") + "-copy-" + run + "-" + n);
      return copy;
    };
  }

  /**
   * Gives the document and its aggregate a new id (of the type they had); returns the aggregate.
   */
  static Document newIds(Document copy, String aggregate) {
    ObjectId id = new ObjectId();
    copy.put("_id", copy.get("_id") instanceof String ? id.toHexString() : id);
    Document inner = copy.get(aggregate, Document.class);
    for (String key : List.of("_id", "id")) {
      if (inner.containsKey(key)) {
        inner.put(key, inner.get(key) instanceof String ? id.toHexString() : id);
      }
    }
    return inner;
  }
}
