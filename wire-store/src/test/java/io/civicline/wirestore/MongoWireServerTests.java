package io.civicline.wirestore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MongoDB-wire server in its own JVM, as the local stack runs it. */
class MongoWireServerTests {

  private static final int WRITES = 1000;

  @TempDir Path dir;

  private ServerProcess server;

  @AfterEach
  void stopServer() throws InterruptedException {
    if (server != null) {
      server.stop(10);
    }
  }

  @Test
  void acknowledgedInsertsAndUpdatesSurviveKillDashNine() throws Exception {
    startServer();
    long insertNanos;
    long updateNanos;
    try (MongoClient client = client()) {
      MongoCollection<Document> tickets = tickets(client);
      long start = System.nanoTime();
      for (int i = 0; i < WRITES; i++) {
        tickets.insertOne(
            new Document("_id", "T" + i)
                .append("version", 1)
                .append("status", "RECEIVED")
                .append("district", "YIMEI"));
      }
      insertNanos = System.nanoTime() - start;
      start = System.nanoTime();
      for (int i = 0; i < WRITES; i++) {
        tickets.updateOne(
            eq("_id", "T" + i), combine(inc("version", 1), set("status", "DISPATCHED")));
      }
      updateNanos = System.nanoTime() - start;
    }

    System.out.printf(
        "Durable H2 backend, one synchronous client: %.2f ms per insert, %.2f ms per update"
            + " (%d each; first run of the JVM, includes warm-up)%n",
        insertNanos / 1e6 / WRITES, updateNanos / 1e6 / WRITES, WRITES);

    server.kill();
    startServer();

    try (MongoClient client = client()) {
      MongoCollection<Document> tickets = tickets(client);
      assertThat(tickets.countDocuments()).isEqualTo(WRITES);
      assertThat(tickets.countDocuments(eq("version", 2))).isEqualTo(WRITES);
      assertThat(tickets.countDocuments(eq("status", "DISPATCHED"))).isEqualTo(WRITES);
    }
  }

  @Test
  void aCleanStopClosesTheStoreAndKeepsTheDocuments() throws Exception {
    startServer();
    try (MongoClient client = client()) {
      tickets(client).insertOne(new Document("_id", "T1").append("version", 1));
    }

    assertThat(server.stop(15)).as("stopped by itself on SIGTERM").isTrue();
    assertThat(Files.readString(dir.resolve("mongo.log"))).contains("store closed");
    startServer();

    try (MongoClient client = client()) {
      assertThat(tickets(client).find(eq("_id", "T1")).first()).containsEntry("version", 1);
    }
  }

  @Test
  void theMemoryBackendWritesNoFile() throws Exception {
    server = ServerProcess.start(null, dir.resolve("mongo.log"));

    try (MongoClient client = client()) {
      tickets(client).insertOne(new Document("_id", "T1"));
      assertThat(tickets(client).countDocuments()).isEqualTo(1);
    }
    assertThat(dir.resolve("mongo")).doesNotExist();
  }

  private void startServer() throws Exception {
    server =
        ServerProcess.start(dir.resolve("mongo").resolve("civicline.mv"), dir.resolve("mongo.log"));
  }

  private MongoClient client() {
    return MongoClients.create(server.uri());
  }

  private static MongoCollection<Document> tickets(MongoClient client) {
    return client.getDatabase("hotline").getCollection("tickets");
  }
}
