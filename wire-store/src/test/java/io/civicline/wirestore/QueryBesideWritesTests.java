package io.civicline.wirestore;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries of the file backend take no collection-wide lock: a write holds the collection while it
 * changes it, and a list or a count that runs meanwhile does not wait for it, nor the reverse.
 */
class QueryBesideWritesTests {

  @TempDir Path dir;

  @Test
  void aListAndACountAnswerWhileAWriterHoldsTheCollection() throws Exception {
    try (InProcessServer server = InProcessServer.open(dir.resolve("civicline.mv"))) {
      MongoCollection<Document> tickets = server.tickets();
      List<Document> received = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        received.add(new Document("_id", "T" + i).append("status", "RECEIVED"));
      }
      tickets.insertMany(received);

      Object collection = server.stored("tickets");
      synchronized (collection) {
        CompletableFuture<Integer> list =
            CompletableFuture.supplyAsync(
                () -> tickets.find(eq("status", "RECEIVED")).into(new ArrayList<>()).size());
        CompletableFuture<Long> count =
            CompletableFuture.supplyAsync(() -> tickets.countDocuments(eq("status", "RECEIVED")));

        assertThat(list.get(10, TimeUnit.SECONDS)).isEqualTo(100);
        assertThat(count.get(10, TimeUnit.SECONDS)).isEqualTo(100);
      }
    }
  }
}
