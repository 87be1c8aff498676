package io.civicline.localstack.bench;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The limit: ticket-sized inserts straight into the stack's MongoDB-wire server (database {@value
 * #DATABASE}, apart from the services' data) with the MongoDB driver, from as many threads as the
 * HTTP clients, each insert acknowledged before the next.
 *
 * <p>The server of the local stack runs with a bounded heap, so the probe writes into a new
 * collection every {@value #GENERATION_SIZE} documents and drops the one before the last; the
 * database is dropped at the end. Each collection has the unique {@code number} index of the
 * tickets collection.
 */
final class RawInsertProbe {

  static final String DATABASE = "bench";

  private static final int GENERATION_SIZE = 20_000;

  private RawInsertProbe() {}

  static PhaseResult run(int mongoPort, int concurrency, Duration warmup, Duration measure) {
    MongoClientSettings settings =
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + mongoPort))
            .applicationName("civicline-bench")
            .applyToConnectionPoolSettings(pool -> pool.maxSize(Math.max(concurrency, 1) + 2))
            .build();
    try (MongoClient client = MongoClients.create(settings)) {
      MongoDatabase database = client.getDatabase(DATABASE);
      database.drop();
      prepare(database, 0);
      prepare(database, 1);
      PhaseResult result = measure(database, concurrency, warmup, measure);
      database.drop();
      return result;
    }
  }

  private static PhaseResult measure(
      MongoDatabase database, int concurrency, Duration warmup, Duration measure) {
    long start = System.nanoTime();
    long measureFrom = start + warmup.toNanos();
    long measureTo = measureFrom + measure.toNanos();
    AtomicLong sequence = new AtomicLong();
    Outcomes warmupOutcomes = new Outcomes();
    Outcomes measured = new Outcomes();
    List<LatencyRecorder> recorders = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      recorders.add(new LatencyRecorder());
    }
    String inserted = "inserted";

    LoadThreads.runAll(
        "raw-insert",
        concurrency,
        i ->
            () -> {
              LatencyRecorder latencies = recorders.get(i);
              while (System.nanoTime() < measureTo && !Thread.currentThread().isInterrupted()) {
                long n = sequence.getAndIncrement();
                long generation = n / GENERATION_SIZE;
                if (n % GENERATION_SIZE == 0 && generation > 0) {
                  prepare(database, generation + 1);
                  database.getCollection(collection(generation - 2)).drop();
                }
                var document = RawTicketDocument.of(n);
                long sent = System.nanoTime();
                String outcome = inserted;
                try {
                  database.getCollection(collection(generation)).insertOne(document);
                } catch (MongoException e) {
                  outcome = Outcomes.ofFailure(e);
                }
                long answered = System.nanoTime();
                if (answered < measureFrom) {
                  warmupOutcomes.add(outcome);
                } else if (answered < measureTo) {
                  measured.add(outcome);
                  if (outcome.equals(inserted)) {
                    latencies.record(answered - sent);
                  }
                }
              }
            });

    String note =
        String.format(
            "%,d-byte documents; warm-up: %,d inserts in %d s, %,.0f/s, failed: %s",
            RawTicketDocument.bsonSize(RawTicketDocument.of(0)),
            warmupOutcomes.total(),
            warmup.toSeconds(),
            PhaseResult.perSecond(warmupOutcomes.total(), warmup.toNanos()),
            PhaseResult.describe(warmupOutcomes.snapshotWithout(inserted)));
    return new PhaseResult(
        measured.snapshot().getOrDefault(inserted, 0L),
        measure.toNanos(),
        LatencyRecorder.merge(recorders).summarize(),
        measured.snapshotWithout(inserted),
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
