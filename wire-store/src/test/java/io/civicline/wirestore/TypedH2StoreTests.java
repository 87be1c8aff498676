package io.civicline.wirestore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file backend's own storage format (documents in BSON, compact ids and index keys), in
 * process: what it stores reads back the same after a restart, unique indexes and queries behave as
 * with the plain H2 backend, and stores written by the plain backend are converted.
 */
class TypedH2StoreTests {

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("civicline.mv");
  }

  @Test
  void documentsOfEveryStoredTypeReadBackTheSameAfterARestart() {
    ObjectId objectId = new ObjectId();
    UUID uuid = UUID.randomUUID();
    Date date = Date.from(Instant.parse("2026-11-27T05:30:00.123Z"));
    Document ticket =
        new Document("_id", objectId)
            .append("int", 42)
            .append("long", 42L)
            .append("bigLong", Long.MAX_VALUE)
            .append("double", 0.1)
            .append("decimal", new Decimal128(new BigDecimal("12345.6789")))
            .append("flag", true)
            .append("nothing", null)
            .append("uuid", uuid)
            .append("date", date)
            .append("description", "路灯不亮，已经三天了。")
            .append(
                "caller",
                new Document("name", "张三")
                    .append("phone", "13800000000")
                    .append("address", new Document("district", "YIMEI").append("floor", 3)))
            .append("tags", List.of("light", "safety", 7, 7L))
            .append(
                "outbox",
                List.of(
                    new Document("eventId", uuid.toString()).append("time", date),
                    new Document("eventId", "second").append("attempts", List.of())));
    Document byString = new Document("_id", "T-1").append("version", 1L);
    Document byUuid = new Document("_id", uuid).append("version", 1);
    Document byLong = new Document("_id", 7L).append("version", 2);

    try (InProcessServer server = InProcessServer.open(file())) {
      server.tickets().insertMany(List.of(ticket, byString, byUuid, byLong));
    }
    try (InProcessServer server = InProcessServer.open(file())) {
      MongoCollection<Document> tickets = server.tickets();
      assertThat(tickets.find(eq("_id", objectId)).first()).isEqualTo(ticket);
      assertThat(tickets.find(eq("_id", "T-1")).first()).isEqualTo(byString);
      assertThat(tickets.find(eq("_id", uuid)).first()).isEqualTo(byUuid);
      assertThat(tickets.find(eq("_id", 7L)).first()).isEqualTo(byLong);
      assertThat(tickets.find(eq("_id", "T-1")).first().get("version")).isInstanceOf(Long.class);
      assertThat(tickets.find(eq("_id", uuid)).first().get("version")).isInstanceOf(Integer.class);

      tickets.updateOne(eq("_id", "T-1"), Updates.inc("version", 1L));
    }
    try (InProcessServer server = InProcessServer.open(file())) {
      assertThat(server.tickets().find(eq("_id", "T-1")).first()).containsEntry("version", 2L);
      assertThat(server.tickets().countDocuments()).isEqualTo(4);
    }
    // Stored in BSON with the compact keys, not by H2's default type.
    try (MVStore store = MVStore.open(file().toString())) {
      MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents =
          store.openMap(
              "databases.hotline.tickets",
              new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>()
                  .keyType(new DocumentKeyType())
                  .valueType(new BsonDocumentType()));
      assertThat(documents.get("T-1")).containsEntry("version", 2L);
      assertThat(documents.get(new de.bwaldvogel.mongo.bson.ObjectId(objectId.toByteArray())))
          .containsEntry("description", "路灯不亮，已经三天了。");
    }
  }

  @Test
  void uniqueIndexesRejectDuplicatesBeforeAndAfterARestart() {
    try (InProcessServer server = InProcessServer.open(file())) {
      MongoCollection<Document> tickets = server.tickets();
      createTicketIndexes(tickets);
      tickets.insertOne(ticket("A", "12345-000001", 1L).append("code", 1));
      assertDuplicate(tickets, ticket("B", "12345-000001", 1L));
      // Index keys are normalized as before: 1, 1L and 1.0 are the same key.
      assertDuplicate(tickets, ticket("C", "12345-000002", 1L).append("code", 1.0));
    }
    try (InProcessServer server = InProcessServer.open(file())) {
      MongoCollection<Document> tickets = server.tickets();
      assertDuplicate(tickets, ticket("B", "12345-000001", 1L));
      assertDuplicate(tickets, ticket("C", "12345-000002", 1L).append("code", 1L));
      assertDuplicate(tickets, ticket("A", "12345-000003", 1L));
      tickets.insertOne(ticket("B", "12345-000002", 1L).append("code", 2));
      tickets.updateOne(eq("_id", "A"), Updates.set("number", "12345-000009"));
      tickets.insertOne(ticket("D", "12345-000001", 1L));
      assertThat(tickets.countDocuments()).isEqualTo(3);
    }
  }

  @Test
  void queriesOnIndexedFieldsReturnWhatThePlainBackendReturns() {
    List<Document> tickets = new ArrayList<>();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 300; i++) {
      tickets.add(
          ticket(UUID.randomUUID().toString(), String.format("12345-%06d", i), i % 3 + 1L)
              .append("receivedAt", Date.from(start.plusSeconds(i * 3600L % 7919)))
              .append("status", i % 4 == 0 ? "RECEIVED" : "DISPATCHED"));
    }
    Collections.shuffle(tickets, new Random(7));

    List<Function<MongoCollection<Document>, List<Document>>> queries =
        List.of(
            c -> find(c, and(gte("number", "12345-000100"), lt("number", "12345-000150")), null),
            c -> find(c, gte("number", "12345-000250"), descending("number")),
            c -> find(c, in("number", "12345-000007", "12345-000003", "12345-000299"), null),
            c -> find(c, regex("number", "^12345-0001"), null),
            c -> find(c, eq("status", "RECEIVED"), descending("receivedAt", "number")),
            c -> find(c, new Document(), ascending("receivedAt", "_id")),
            c -> find(c, new Document(), null));

    List<List<Document>> expected;
    try (InProcessServer plain = InProcessServer.plain()) {
      createTicketIndexes(plain.tickets());
      plain.tickets().insertMany(tickets);
      expected = queries.stream().map(query -> query.apply(plain.tickets())).toList();
    }
    try (InProcessServer server = InProcessServer.open(file())) {
      createTicketIndexes(server.tickets());
      server.tickets().insertMany(tickets);
    }
    try (InProcessServer server = InProcessServer.open(file())) {
      List<List<Document>> actual = queries.stream().map(q -> q.apply(server.tickets())).toList();
      assertThat(actual).isEqualTo(expected);
      assertThat(actual.get(0)).hasSize(50);
      assertThat(actual.get(3)).hasSize(100);
    }
  }

  @Test
  void aStoreWrittenByThePlainBackendIsConverted() {
    String fileName = file().toString();
    try (InProcessServer old = InProcessServer.on(new H2Backend(fileName))) {
      createTicketIndexes(old.tickets());
      old.tickets().insertOne(ticket("A", "12345-000001", 1L).append("name", "张三"));
      old.tickets().insertOne(ticket("B", "12345-000002", 2L).append("at", new Date(0)));
    }

    try (InProcessServer server = InProcessServer.open(file())) {
      MongoCollection<Document> tickets = server.tickets();
      assertThat(tickets.find(eq("_id", "A")).first()).containsEntry("name", "张三");
      assertThat(tickets.find(eq("number", "12345-000002")).first()).containsEntry("_id", "B");
      assertDuplicate(tickets, ticket("C", "12345-000001", 1L));
      tickets.insertOne(ticket("C", "12345-000003", 1L));
    }
    try (InProcessServer server = InProcessServer.open(file())) {
      assertThat(server.tickets().countDocuments()).isEqualTo(3);
    }
    try (MVStore store = MVStore.open(fileName)) {
      assertThat(store.openMap(StoreFormat.MAP).get(StoreFormat.VERSION_KEY))
          .isEqualTo(StoreFormat.BSON);
    }
  }

  @Test
  void aStoreInAnotherFormatIsRefusedWithWhatToDo() {
    String fileName = file().toString();
    try (MVStore store = MVStore.open(fileName)) {
      store.openMap(StoreFormat.MAP).put(StoreFormat.VERSION_KEY, -1);
    }

    assertThatThrownBy(() -> DurableH2Backend.open(fileName))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was interrupted")
        .hasMessageContaining("delete the data folder's mongo directory");
    // Refused without being changed, and closed: it can be opened again.
    try (MVStore store = MVStore.open(fileName)) {
      assertThat(store.openMap(StoreFormat.MAP).get(StoreFormat.VERSION_KEY)).isEqualTo(-1);
    }
  }

  private static void createTicketIndexes(MongoCollection<Document> tickets) {
    // The unique indexes of hotline-service's tickets.
    tickets.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
    tickets.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
    tickets.createIndex(
        Indexes.ascending("code"), new IndexOptions().unique(true).sparse(true).name("code"));
  }

  private static Document ticket(String id, String number, long version) {
    return new Document("_id", id).append("number", number).append("version", version);
  }

  private static List<Document> find(MongoCollection<Document> tickets, Bson filter, Bson sort) {
    return tickets.find(filter).sort(sort).into(new ArrayList<>());
  }

  private static void assertDuplicate(MongoCollection<Document> tickets, Document ticket) {
    assertThatThrownBy(() -> tickets.insertOne(ticket))
        .isInstanceOfSatisfying(
            MongoWriteException.class,
            e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
  }
}
