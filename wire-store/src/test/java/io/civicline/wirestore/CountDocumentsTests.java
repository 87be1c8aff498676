package io.civicline.wirestore;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.CountOptions;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's countDocuments is answered by a count, not by running its aggregation. */
class CountDocumentsTests {

  @TempDir Path dir;

  @Test
  void theDriversCountDocumentsCommandIsAnsweredByTheCollectionsCount() throws Exception {
    List<BsonDocument> sent = new CopyOnWriteArrayList<>();
    CommandListener listener =
        new CommandListener() {
          @Override
          public void commandStarted(CommandStartedEvent event) {
            if (event.getCommandName().equals("aggregate")) {
              sent.add(event.getCommand());
            }
          }
        };
    try (InProcessServer server = InProcessServer.open(dir.resolve("civicline.mv"));
        MongoClient client =
            MongoClients.create(
                com.mongodb.MongoClientSettings.builder()
                    .applyConnectionString(
                        new com.mongodb.ConnectionString(server.server().getConnectionString()))
                    .addCommandListener(listener)
                    .build())) {
      var tickets = client.getDatabase("hotline").getCollection("tickets");
      for (int i = 0; i < 30; i++) {
        tickets.insertOne(new org.bson.Document("_id", i).append("status", i % 3));
      }
      assertThat(tickets.countDocuments(eq("status", 1), new CountOptions().skip(2).limit(5)))
          .isEqualTo(5);

      MongoDatabase database = ((AbstractMongoBackend) server.backend()).resolveDatabase("hotline");
      Document command = decode(sent.get(0));
      Document answer = CountDocuments.answer(database, "aggregate", command);

      assertThat(answer).as("recognized as a count: %s", command).isNotNull();
      Document cursor = (Document) answer.get("cursor");
      assertThat(cursor.get("firstBatch"))
          .isEqualTo(List.of(new Document("_id", 1).append("n", 5)));
    }
  }

  private static Document decode(BsonDocument command) {
    RawBsonDocument raw = new RawBsonDocument(command, new BsonDocumentCodec());
    return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(raw.getByteBuffer().asNIO()));
  }
}
