package io.civicline.perf.bench;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * The storage's limit: ticket-sized inserts, then versioned updates, straight into the stack's
 * MongoDB-wire server (database {@value #DATABASE}, apart from the services' data) with the MongoDB
 * driver, from as many threads as the HTTP clients, each write acknowledged before the next. A
 * ticket create costs the service one insert and one update (the outbox removal after the send);
 * every later action one update that matches the version it read, and one more.
 *
 * <p>The server of the local stack runs with a bounded heap, so the insert phase writes into a new
 * collection every {@value #GENERATION_SIZE} documents and drops the one before the last; the
 * update phase rewrites a fixed set of documents. The database is dropped at the end. Each
 * collection has the unique {@code number} index of the tickets collection.
 */
final class RawStoreProbe {

  static final String DATABASE = "bench";

  private static final int GENERATION_SIZE = 20_000;
  private static final int UPDATED_DOCUMENTS = 10_000;
  private static final String SUCCEEDED = "acknowledged";

  /** The two limits of one backend. */
  record Limits(PhaseResult inserts, PhaseResult updates) {}

  /**
   * One acknowledged write of thread {@code thread}, its {@code n}-th; throws what the driver does.
   */
  private interface Write {
    void run(int thread, long n);
  }

  private RawStoreProbe() {}

  static Limits run(int mongoPort, int concurrency, Duration warmup, Duration measure) {
    MongoClientSettings settings =
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + mongoPort))
            .applicationName("civicline-bench")
            .applyToConnectionPoolSettings(pool -> pool.maxSize(Math.max(concurrency, 1) + 2))
            .build();
    try (MongoClient client = MongoClients.create(settings)) {
      MongoDatabase database = client.getDatabase(DATABASE);
      database.drop();
      PhaseResult inserts = inserts(database, concurrency, warmup, measure);
      database.drop();
      PhaseResult updates = updates(database, concurrency, warmup, measure);
      database.drop();
      return new Limits(inserts, updates);
    }
  }

  private static PhaseResult inserts(
      MongoDatabase database, int concurrency, Duration warmup, Duration measure) {
    prepare(database, 0);
    prepare(database, 1);
    AtomicLong sequence = new AtomicLong();
    return timed(
        "raw-insert",
        "inserts",
        concurrency,
        warmup,
        measure,
        (thread, ignored) -> {
          long n = sequence.getAndIncrement();
          long generation = n / GENERATION_SIZE;
          if (n % GENERATION_SIZE == 0 && generation > 0) {
            prepare(database, generation + 1);
            database.getCollection(collection(generation - 2)).drop();
          }
          database.getCollection(collection(generation)).insertOne(RawTicketDocument.of(n));
        });
  }

  /**
   * Each thread rewrites its own share of the documents in turn, as a ticket action does: matching
   * the version it wrote last, setting the status and the next version.
   */
  private static PhaseResult updates(
      MongoDatabase database, int concurrency, Duration warmup, Duration measure) {
    prepare(database, 0);
    MongoCollection<Document> tickets = database.getCollection(collection(0));
    // The services' id_version index: the MongoDB-wire server uses an index only when its fields
    // are exactly the query's, and would scan the collection for each update otherwise.
    tickets.createIndex(
        Indexes.ascending("_id", "version"), new IndexOptions().name("id_version").unique(true));
    List<Document> batch = new ArrayList<>();
    List<Object> ids = new ArrayList<>();
    for (int n = 0; n < UPDATED_DOCUMENTS; n++) {
      Document document = RawTicketDocument.of(n);
      ids.add(document.get("_id"));
      batch.add(document);
      if (batch.size() == 1_000) {
        tickets.insertMany(batch);
        batch.clear();
      }
    }
    long[] versions = new long[UPDATED_DOCUMENTS];
    Arrays.fill(versions, 1L);
    int share = Math.max(1, UPDATED_DOCUMENTS / Math.max(concurrency, 1));
    return timed(
        "raw-update",
        "updates",
        concurrency,
        warmup,
        measure,
        (thread, n) -> {
          int index = (int) (thread * share + n % share);
          long version = versions[index];
          long matched =
              tickets
                  .updateOne(
                      // One filter document, as Spring Data renders the services' versioned
                      // writes (an explicit $and would not match the index).
                      new Document("_id", ids.get(index)).append("version", version),
                      Updates.combine(
                          Updates.set("status", n % 2 == 0 ? "DISPATCHED" : "SIGNED"),
                          Updates.set("version", version + 1)))
                  .getMatchedCount();
          if (matched != 1) {
            throw new MongoException("version " + version + " of document " + index + " not found");
          }
          versions[index] = version + 1;
        });
  }

  /**
   * Runs {@code write} from {@code concurrency} threads back to back for the warm-up and the
   * measured time; counts and times the writes answered within the measured time.
   */
  private static PhaseResult timed(
      String name, String what, int concurrency, Duration warmup, Duration measure, Write write) {
    long start = System.nanoTime();
    long measureFrom = start + warmup.toNanos();
    long measureTo = measureFrom + measure.toNanos();
    Outcomes warmupOutcomes = new Outcomes();
    Outcomes measured = new Outcomes();
    List<LatencyRecorder> recorders = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      recorders.add(new LatencyRecorder());
    }

    LoadThreads.runAll(
        name,
        concurrency,
        i ->
            () -> {
              LatencyRecorder latencies = recorders.get(i);
              for (long n = 0;
                  System.nanoTime() < measureTo && !Thread.currentThread().isInterrupted();
                  n++) {
                long sent = System.nanoTime();
                String outcome = SUCCEEDED;
                try {
                  write.run(i, n);
                } catch (MongoException e) {
                  outcome = Outcomes.ofFailure(e);
                }
                long answered = System.nanoTime();
                if (answered < measureFrom) {
                  warmupOutcomes.add(outcome);
                } else if (answered < measureTo) {
                  measured.add(outcome);
                  if (outcome.equals(SUCCEEDED)) {
                    latencies.record(answered - sent);
                  }
                }
              }
            });

    String note =
        String.format(
            "%,d-byte documents; warm-up: %,d %s in %d s, %,.0f/s, failed: %s",
            RawTicketDocument.bsonSize(RawTicketDocument.of(0)),
            warmupOutcomes.total(),
            what,
            warmup.toSeconds(),
            PhaseResult.perSecond(warmupOutcomes.total(), warmup.toNanos()),
            PhaseResult.describe(warmupOutcomes.snapshotWithout(SUCCEEDED)));
    return new PhaseResult(
        measured.snapshot().getOrDefault(SUCCEEDED, 0L),
        measure.toNanos(),
        LatencyRecorder.merge(recorders).summarize(),
        measured.snapshotWithout(SUCCEEDED),
        note);
  }

  private static void prepare(MongoDatabase database, long generation) {
    database
        .getCollection(collection(generation))
        .createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
  }

  private static String collection(long generation) {
    return "tickets_" + generation;
  }
}
