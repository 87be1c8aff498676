package io.civicline.perf.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.ObjectId;

/**
 * Fills a services' collection up to a number of documents with copies of the finished cases it
 * already holds (the load generator's, say), each with a new id and number: documents of the real
 * shape, history included, in minutes instead of the hours the API would take. Only finished ones
 * are copied, so no copy wakes the SLA watcher or another job.
 *
 * @param collection the services' collection ({@code tickets}, {@code cases})
 * @param aggregate the field holding the aggregate ({@code ticket}, {@code mediationCase})
 * @param templates the query selecting the documents to copy
 */
record DocumentClones(MongoCollection<Document> collection, String aggregate, Document templates) {

  private static final int TEMPLATES = 1_000;
  private static final int BATCH = 1_000;
  private static final int THREADS = 4;

  /**
   * Inserts copies until the collection holds {@code target} documents.
   *
   * @return how many were inserted
   * @throws IllegalStateException when there is no document to copy
   */
  long fillUpTo(long target, PrintStream out) {
    // The collection's count, not countDocuments: that one is an aggregation, and the
    // MongoDB-wire server materializes every document for it.
    long present = collection.estimatedDocumentCount();
    long missing = target - present;
    if (missing <= 0) {
      return 0;
    }
    List<RawBsonDocument> copies = new ArrayList<>();
    for (Document template : collection.find(templates).projection(new Document("outbox", 0))) {
      copies.add(new RawBsonDocument(template, new DocumentCodec()));
      if (copies.size() == TEMPLATES) {
        break;
      }
    }
    if (copies.isEmpty()) {
      throw new IllegalStateException(
          "no finished document in "
              + collection.getNamespace()
              + " to copy: run ./load.sh on the stack first");
    }
    String run = Long.toString(System.currentTimeMillis(), 36);
    AtomicLong next = new AtomicLong();
    AtomicLong inserted = new AtomicLong();
    LoadThreads.runAll(
        "clone-" + collection.getNamespace().getCollectionName(),
        THREADS,
        thread ->
            () -> {
              List<Document> batch = new ArrayList<>(BATCH);
              long n;
              while ((n = next.getAndIncrement()) < missing) {
                batch.add(copy(copies.get((int) (n % copies.size())), run + "-" + n));
                if (batch.size() == BATCH) {
                  insert(batch, inserted, out);
                }
              }
              if (!batch.isEmpty()) {
                insert(batch, inserted, out);
              }
            });
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

  /** A fresh copy of the template with a new id, in the aggregate too, and a unique number. */
  private Document copy(RawBsonDocument template, String suffix) {
    Document copy = template.decode(new DocumentCodec());
    ObjectId id = new ObjectId();
    copy.put("_id", copy.get("_id") instanceof String ? id.toHexString() : id);
    Document inner = copy.get(aggregate, Document.class);
    for (String key : List.of("_id", "id")) {
      if (inner.containsKey(key)) {
        inner.put(key, inner.get(key) instanceof String ? id.toHexString() : id);
      }
    }
    inner.put("number", inner.getString("number") + "-copy-" + suffix);
    return copy;
  }
}
