package io.civicline.wirestore;

import static com.mongodb.client.model.Filters.all;
import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Sorts.descending;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ordinary indexes of the file backend through the MongoDB driver: kept up to date by every write,
 * kept in the file across restarts, and answering what a scan answers.
 */
class SecondaryIndexTests {

  private static final List<String> STATUSES = List.of("RECEIVED", "DISPATCHED", "CLOSED");
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final int TICKETS = 600;

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("civicline.mv");
  }

  @Test
  void aQueueSortedAndLimitedComesInTheSortsOrder() {
    try (InProcessServer server = InProcessServer.open(file())) {
      MongoCollection<Document> tickets = server.tickets();
      tickets.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), descending("at")));
      tickets.insertMany(tickets());

      List<Document> queue =
          tickets
              .find(in("status", "RECEIVED", "DISPATCHED"))
              .sort(descending("at"))
              .limit(50)
              .into(new ArrayList<>());

      assertThat(ids(queue))
          .isEqualTo(expected(t -> !t.getString("status").equals("CLOSED"), newestFirst(), 50));
    }
  }

  @Test
  void updatesDeletesAndARestartKeepTheIndexTrue() {
    try (InProcessServer server = InProcessServer.open(file())) {
      MongoCollection<Document> tickets = server.tickets();
      tickets.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), descending("at")));
      tickets.insertMany(tickets());
      tickets.updateMany(lt("n", 100), Updates.set("status", "CLOSED"));
      tickets.deleteMany(gte("n", 500));
    }
    try (InProcessServer server = InProcessServer.open(file())) {
      Bson received = eq("status", "RECEIVED");
      List<Document> found =
          server.tickets().find(received).sort(descending("at")).into(new ArrayList<>());
      assertThat(ids(found))
          .isEqualTo(
              expected(
                  t ->
                      t.getInteger("n") >= 100
                          && t.getInteger("n") < 500
                          && t.getInteger("n") % 3 == 0,
                  newestFirst(),
                  0));
      assertThat(server.tickets().countDocuments(received)).isEqualTo(found.size());
    }
    try (MVStore store = MVStore.open(file().toString())) {
      assertThat(store.openMap("hotline.tickets._index_status_1_at_-1").sizeAsLong())
          .as("one entry per document left, kept in the file")
          .isEqualTo(500);
    }
  }

  @Test
  void aSparseIndexNoDocumentHasTheFieldOfIsBuiltOnceNotAgainAtEachOpen() {
    String name = "outbox.eventId_1";
    try (InProcessServer server = InProcessServer.open(file())) {
      server.tickets().insertMany(tickets());
      server
          .tickets()
          .createIndex(Indexes.ascending("outbox.eventId"), new IndexOptions().sparse(true));
    }
    try (MVStore store = MVStore.open(file().toString())) {
      SecondaryIndex reopened =
          new SecondaryIndex(
              name,
              List.of(new IndexKey("outbox.eventId", true)),
              true,
              TypedMaps.openSecondaryIndex(store, "hotline.tickets", name),
              new IndexFacts(TypedMaps.openCounters(store, "hotline.tickets"), name));
      assertThat(reopened.getCount()).as("entries").isZero();
      assertThat(reopened.isEmpty())
          .as("empty to the base server, which then reads every document to build it again")
          .isFalse();
    }
    try (InProcessServer server = InProcessServer.open(file())) {
      server
          .tickets()
          .insertOne(
              new Document("_id", "pending")
                  .append("outbox", List.of(new Document("eventId", "e1"))));
      assertThat(server.tickets().find(exists("outbox.eventId")).into(new ArrayList<>()))
          .extracting(document -> document.get("_id"))
          .containsExactly("pending");
    }
  }

  @Test
  void aSparseIndexBuiltUnderTheEarlierRuleIsBuiltAgainWithoutItsEmptyArrays() {
    String name = "outbox.eventId_1";
    try (InProcessServer server = InProcessServer.open(file())) {
      server
          .tickets()
          .createIndex(Indexes.ascending("outbox.eventId"), new IndexOptions().sparse(true));
      server.tickets().insertOne(new Document("_id", "sent").append("outbox", List.of()));
      server
          .tickets()
          .insertOne(
              new Document("_id", "pending")
                  .append("outbox", List.of(new Document("eventId", "e1"))));
    }
    try (MVStore store = MVStore.open(file().toString())) {
      // What the earlier rule wrote: an entry for the empty outbox, and the index noted built.
      TypedMaps.openSecondaryIndex(store, "hotline.tickets", name)
          .put(new KeyValue(Arrays.asList(null, "sent")), Boolean.TRUE);
      TypedMaps.openCounters(store, "hotline.tickets").put("built." + name, Boolean.TRUE);
    }
    try (InProcessServer server = InProcessServer.open(file())) {
      assertThat(server.tickets().find(exists("outbox.eventId")).into(new ArrayList<>()))
          .extracting(document -> document.get("_id"))
          .containsExactly("pending");
    }
    try (MVStore store = MVStore.open(file().toString())) {
      assertThat(TypedMaps.openSecondaryIndex(store, "hotline.tickets", name).sizeAsLong())
          .as("the empty outbox's entry is gone")
          .isEqualTo(1);
    }
  }

  @Test
  void anIndexDroppedAndCreatedAgainIsBuiltFromTheDocuments() {
    try (InProcessServer server = InProcessServer.open(file())) {
      MongoCollection<Document> tickets = server.tickets();
      tickets.createIndex(Indexes.ascending("late"), new IndexOptions().sparse(true));
      tickets.dropIndex("late_1");
      tickets.insertMany(tickets());
      tickets.updateMany(lt("n", 10), Updates.set("late", true));
      tickets.createIndex(Indexes.ascending("late"), new IndexOptions().sparse(true));

      assertThat(tickets.countDocuments(eq("late", true))).isEqualTo(10);
      assertThat(tickets.find(exists("late")).into(new ArrayList<>())).hasSize(10);
    }
  }

  @Test
  void anIndexCreatedOnAFilledCollectionHoldsItsDocuments() {
    try (InProcessServer server = InProcessServer.open(file())) {
      MongoCollection<Document> tickets = server.tickets();
      tickets.insertMany(tickets());
      tickets.createIndex(Indexes.ascending("at"));

      Date before = Date.from(START.plusSeconds(60L * 200));
      List<Document> found =
          tickets.find(lt("at", before)).sort(descending("at")).limit(10).into(new ArrayList<>());

      assertThat(ids(found)).isEqualTo(expected(t -> t.getInteger("n") < 200, newestFirst(), 10));
    }
  }

  @Test
  void aWordSearchWithAllItsWordsIsReadFromAMultikeyIndex() {
    try (InProcessServer server = InProcessServer.open(file())) {
      MongoCollection<Document> tickets = server.tickets();
      tickets.createIndex(Indexes.compoundIndex(Indexes.ascending("words"), descending("at")));
      tickets.insertMany(tickets());

      Bson search = all("words", "路灯", "灯不");
      List<Document> found =
          tickets.find(search).sort(descending("at")).limit(20).into(new ArrayList<>());

      Predicate<Document> both = t -> t.getInteger("n") % 4 == 0 && t.getInteger("n") % 5 == 0;
      assertThat(ids(found)).isEqualTo(expected(both, newestFirst(), 20));
      assertThat(tickets.countDocuments(search)).isEqualTo(TICKETS / 20);
      assertThat(tickets.countDocuments(eq("words", "路灯"))).isEqualTo(TICKETS / 4);
    }
  }

  @Test
  void countDocumentsCountsWhatMatchesWithSkipAndLimit() {
    try (InProcessServer server = InProcessServer.open(file())) {
      MongoCollection<Document> tickets = server.tickets();
      tickets.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), descending("at")));
      tickets.insertMany(tickets());
      Bson recentReceived =
          and(eq("status", "RECEIVED"), gte("at", Date.from(START.plusSeconds(60L * 300))));

      assertThat(tickets.countDocuments(recentReceived)).isEqualTo(100);
      assertThat(tickets.countDocuments(recentReceived, new CountOptions().skip(30).limit(50)))
          .isEqualTo(50);
      assertThat(tickets.countDocuments(recentReceived, new CountOptions().skip(90))).isEqualTo(10);
      assertThat(tickets.countDocuments(and(recentReceived, eq("n", 303)))).isEqualTo(1);
      assertThat(tickets.countDocuments(eq("status", "NONE"))).isZero();
      assertThat(tickets.countDocuments()).isEqualTo(TICKETS);
    }
  }

  @Test
  void documentsWhoseIndexedArrayIsEmptyAreFoundByEveryRead() {
    try (InProcessServer server = InProcessServer.open(file())) {
      MongoCollection<Document> tickets = server.tickets();
      // As a case's closings: an array of subdocuments, empty until the case closes.
      tickets.createIndex(Indexes.ascending("closings.at", "closings.outcome"));
      tickets.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), descending("at")));
      tickets.createIndex(Indexes.ascending("status", "closings.at"));
      tickets.insertMany(tickets());
      tickets.updateMany(
          lt("n", 10), Updates.push("closings", new Document("at", 1).append("outcome", "OK")));
      tickets.updateMany(lt("n", 5), Updates.set("closings", List.of()));

      // The outbox relay's read: a filter no index holds, in id order. Reading the closings index
      // whole would find only the documents that have closings.
      List<Document> inIdOrder =
          tickets
              .find(new Document("n", new Document("$exists", true)))
              .sort(new Document("_id", 1))
              .limit(50)
              .into(new ArrayList<>());
      assertThat(inIdOrder).hasSize(50);
      assertThat(tickets.countDocuments(eq("status", "RECEIVED")))
          .as("read through the index of status and closings")
          .isEqualTo(TICKETS / 3);
      assertThat(tickets.find(eq("status", "RECEIVED")).into(new ArrayList<>()))
          .hasSize(TICKETS / 3);
    }
  }

  /** Ticket n: status by n % 3, one minute apart from START, words by n % 4 and n % 5. */
  private static List<Document> tickets() {
    List<Document> tickets = new ArrayList<>();
    for (int n = 0; n < TICKETS; n++) {
      List<String> words = new ArrayList<>(List.of("热线"));
      if (n % 4 == 0) {
        words.add("路灯");
      }
      if (n % 5 == 0) {
        words.add("灯不");
      }
      tickets.add(
          new Document("_id", "T" + n)
              .append("n", n)
              .append("status", STATUSES.get(n % 3))
              .append("at", Date.from(START.plusSeconds(60L * n)))
              .append("words", words));
    }
    // Stored in another order than their times.
    java.util.Collections.shuffle(tickets, new java.util.Random(17));
    return tickets;
  }

  private static List<String> expected(
      Predicate<Document> filter, Comparator<Document> order, int limit) {
    return ids(
        tickets().stream()
            .filter(filter)
            .sorted(order)
            .limit(limit > 0 ? limit : Long.MAX_VALUE)
            .toList());
  }

  private static Comparator<Document> newestFirst() {
    return Comparator.comparing((Document t) -> t.getDate("at")).reversed();
  }

  private static List<String> ids(List<Document> documents) {
    return documents.stream().map(d -> d.getString("_id")).toList();
  }
}
