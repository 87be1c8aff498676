package io.civicline.wirestore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read of more than one reply holds (the driver refuses a reply over 48 MB) comes in batches, as
 * MongoDB sends it: a store upgrade that streams every ticket of a large store must not fail.
 */
class LargeResultTests {

  private static final int DOCUMENTS = 2_000;
  private static final String TEXT = "路灯不亮".repeat(2_500); // 30 KB in UTF-8

  @TempDir Path dir;

  @Test
  void aFindOfMoreThanOneReplyHoldsComesInBatches() {
    try (InProcessServer server = InProcessServer.open(dir.resolve("civicline.mv"))) {
      MongoCollection<Document> tickets = server.tickets();
      for (int from = 0; from < DOCUMENTS; from += 100) {
        List<Document> batch = new ArrayList<>();
        for (int n = from; n < from + 100; n++) {
          batch.add(new Document("_id", "T" + n).append("n", n).append("text", TEXT));
        }
        tickets.insertMany(batch);
      }

      List<Integer> read = new ArrayList<>();
      tickets.find().forEach(ticket -> read.add(ticket.getInteger("n")));
      assertThat(read).hasSize(DOCUMENTS).doesNotHaveDuplicates();
      List<Document> first = tickets.find().limit(150).into(new ArrayList<>());
      assertThat(first).hasSize(150);
    }
  }
}
