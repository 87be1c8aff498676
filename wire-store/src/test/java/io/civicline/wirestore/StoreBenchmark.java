package io.civicline.wirestore;

import static com.mongodb.client.model.Filters.all;
import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;
import static com.mongodb.client.model.Indexes.descending;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The reads the services make, measured on the file backend filled with a year of tickets and
 * cases, while tickets are created at 200/s: p50 and p99 of each, and of the creates. Run by hand,
 * not a test: {@code StoreBenchmark [documents per collection, default 1000000] [store folder]}; a
 * store folder filled by an earlier run is measured again without loading.
 */
public final class StoreBenchmark {

  private static final int ROUNDS = 200;
  private static final int BATCH = 1000;
  private static final int CREATES_PER_SECOND = 200;

  private StoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    long documents = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("wirestore-bench");
    MongoServer server =
        new MongoServer(DurableH2Backend.open(folder.resolve("bench.mv").toString()));
    try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
      var database = client.getDatabase("bench");
      MongoCollection<Document> tickets = database.getCollection("tickets");
      MongoCollection<Document> cases = database.getCollection("cases");
      createIndexes(tickets, cases);
      BenchDocuments make = new BenchDocuments(42, documents);
      load("tickets", tickets, documents, n -> make.ticket(n, null));
      load("cases", cases, documents, make::mediationCase);
      // Past the numbers an earlier run created in the same store.
      long firstNew = documents + tickets.estimatedDocumentCount();
      try (SteadyCreates creates =
          SteadyCreates.start(tickets, make, firstNew, CREATES_PER_SECOND)) {
        measure(reads(tickets, cases, make, documents));
        System.out.printf(
            "creates at %d/s meanwhile: %s%n", CREATES_PER_SECOND, creates.latencies().summary());
      }
    } finally {
      server.shutdownNow();
    }
  }

  /** The indexes the services' queries want on MongoDB. */
  private static void createIndexes(
      MongoCollection<Document> tickets, MongoCollection<Document> cases) {
    tickets.createIndex(compoundIndex(ascending("status"), descending("receivedAt")));
    tickets.createIndex(
        compoundIndex(ascending("dispatch.department", "status"), descending("receivedAt")));
    tickets.createIndex(compoundIndex(ascending("status", "district"), descending("receivedAt")));
    tickets.createIndex(descending("receivedAt"));
    tickets.createIndex(compoundIndex(ascending("words"), descending("receivedAt")));
    tickets.createIndex(ascending("deadline"));
    cases.createIndex(compoundIndex(ascending("mediator", "status"), descending("registeredAt")));
    cases.createIndex(descending("registeredAt"));
    cases.createIndex(compoundIndex(ascending("words"), descending("registeredAt")));
    cases.createIndex(ascending("deadline"));
  }

  private interface Numbered {
    Document make(long n);
  }

  private static void load(String name, MongoCollection<Document> into, long count, Numbered make) {
    if (into.estimatedDocumentCount() >= count) {
      System.out.printf("%s: %,d already in the store%n", name, into.estimatedDocumentCount());
      return;
    }
    long start = System.nanoTime();
    List<Document> batch = new ArrayList<>(BATCH);
    for (long n = 0; n < count; n++) {
      batch.add(make.make(n));
      if (batch.size() == BATCH || n == count - 1) {
        into.insertMany(batch);
        batch.clear();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "loaded %,d %s in %.0f s: %,.0f documents/s (raw store rate, batches of %d, 10 indexes in all)%n",
        count, name, seconds, count / seconds, BATCH);
  }

  private static Map<String, Supplier<Integer>> reads(
      MongoCollection<Document> tickets,
      MongoCollection<Document> cases,
      BenchDocuments make,
      long documents) {
    Date yearEnd = Date.from(BenchDocuments.YEAR_START.plusSeconds(BenchDocuments.YEAR_SECONDS));
    List<String> open = List.of("RECEIVED", "DISPATCHED", "IN_PROGRESS");
    Bson newest = descending("receivedAt");
    return Map.of(
        "agents' queue (status in 3, newest 50)",
        () -> size(tickets.find(in("status", open)).sort(newest).limit(50)),
        "department queue (department, status in 3, newest 50)",
        () ->
            size(
                tickets
                    .find(
                        and(
                            eq("dispatch.department", make.pick(BenchDocuments.DEPARTMENTS)),
                            in("status", open)))
                    .sort(newest)
                    .limit(50)),
        "mediator's cases (mediator, status, newest 50)",
        () ->
            size(
                cases
                    .find(
                        and(
                            eq("mediator", "mediator-" + make.random().nextInt(200)),
                            eq("status", "MEDIATING")))
                    .sort(descending("registeredAt"))
                    .limit(50)),
        "status + district + 30 days, newest 50",
        () -> {
          Instant from = make.at(make.random().nextLong(documents));
          Bson range =
              and(
                  gte("receivedAt", Date.from(from)),
                  lt("receivedAt", Date.from(from.plusSeconds(30L * 86400))));
          return size(
              tickets
                  .find(
                      and(
                          eq("status", "CLOSED"),
                          eq("district", make.pick(BenchDocuments.DISTRICTS)),
                          range))
                  .sort(newest)
                  .limit(50));
        },
        "newest tickets, next page after a cursor",
        () -> {
          Date cursor = Date.from(make.at(documents - 1 - make.random().nextLong(documents / 10)));
          return size(tickets.find(lt("receivedAt", cursor)).sort(newest).limit(50));
        },
        "word search (2 bigrams, $all), newest 50",
        () -> size(tickets.find(all("words", make.searchWords())).sort(newest).limit(50)),
        "overdue round, tickets (deadline < now, 500)",
        () -> size(tickets.find(lt("deadline", yearEnd)).limit(500)),
        "overdue round, cases (deadline < now, 500)",
        () -> size(cases.find(lt("deadline", yearEnd)).limit(500)));
  }

  private static int size(com.mongodb.client.FindIterable<Document> find) {
    return find.into(new ArrayList<>()).size();
  }

  private static void measure(Map<String, Supplier<Integer>> reads) {
    for (Map.Entry<String, Supplier<Integer>> read : reads.entrySet()) {
      Latencies latencies = new Latencies();
      int found = 0;
      for (int round = 0; round < ROUNDS; round++) {
        long start = System.nanoTime();
        found += read.getValue().get();
        latencies.add(System.nanoTime() - start);
      }
      System.out.printf(
          "%-55s %s, %.0f documents per answer%n",
          read.getKey(), latencies.summary(), found / (double) ROUNDS);
    }
  }
}
