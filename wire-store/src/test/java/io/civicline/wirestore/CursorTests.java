package io.civicline.wirestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finds answered in batches, read on with getMore commands as a driver sends them. */
class CursorTests {

  @TempDir Path dir;

  @Test
  void aFindAndItsGetMoresWithoutABatchSizeAnswerInMongoDbsBatches() {
    try (InProcessServer server = InProcessServer.open(dir.resolve("civicline.mv"))) {
      insert(server, "tickets", 1_500);
      MongoDatabase hotline = server.client().getDatabase("hotline");

      Document first = cursor(hotline.runCommand(new Document("find", "tickets")));
      assertThat(first.getList("firstBatch", Document.class)).hasSize(DurableH2Backend.FIRST_BATCH);
      long id = first.getLong("id");
      Document next = cursor(hotline.runCommand(getMore(id)));
      assertThat(next.getList("nextBatch", Document.class)).hasSize(DurableH2Backend.NEXT_BATCH);
      Document last = cursor(hotline.runCommand(getMore(id).append("batchSize", 0)));
      assertThat(last.getList("nextBatch", Document.class)).hasSize(399);
      assertThat(last.getLong("id")).as("the cursor is exhausted").isZero();
    }
  }

  @Test
  void aGetMoreForACursorOfThePreviousServerFailsInsteadOfReadingAnothersCursor() {
    Path file = dir.resolve("civicline.mv");
    long before;
    try (InProcessServer server = InProcessServer.open(file)) {
      insert(server, "tickets", 300);
      insert(server, "cases", 300);
      before = cursor(hotline(server).runCommand(new Document("find", "tickets"))).getLong("id");
    }
    try (InProcessServer server = InProcessServer.open(file)) {
      MongoDatabase hotline = hotline(server);
      long now = cursor(hotline.runCommand(new Document("find", "cases"))).getLong("id");

      assertThatThrownBy(() -> hotline.runCommand(getMore(before)))
          .isInstanceOfSatisfying(
              MongoCommandException.class,
              e -> assertThat(e.getErrorCodeName()).isEqualTo("CursorNotFound"));
      List<Document> cases = new ArrayList<>();
      Document batch;
      do {
        batch = cursor(hotline.runCommand(getMore(now).append("collection", "cases")));
        cases.addAll(batch.getList("nextBatch", Document.class));
      } while (batch.getLong("id") != 0);
      assertThat(cases).as("the rest of the other client's cursor").hasSize(300 - 101);
    }
  }

  private static void insert(InProcessServer server, String collection, int count) {
    List<Document> documents = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      documents.add(new Document("_id", collection + n).append("n", n));
    }
    server.collection(collection).insertMany(documents);
  }

  private static MongoDatabase hotline(InProcessServer server) {
    return server.client().getDatabase("hotline");
  }

  private static Document getMore(long cursorId) {
    return new Document("getMore", cursorId).append("collection", "tickets");
  }

  private static Document cursor(Document reply) {
    return reply.get("cursor", Document.class);
  }
}
