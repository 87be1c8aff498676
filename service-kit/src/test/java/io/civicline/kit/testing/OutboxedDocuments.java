package io.civicline.kit.testing;

import static org.awaitility.Awaitility.await;

import io.civicline.events.TopicRecords;
import io.civicline.kit.outbox.OutboxEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The documents of one aggregate collection that keeps its events in an outbox (tickets, cases), as
 * the services' tests compare them before and after a request.
 *
 * @param aggregate the field of the document that holds the aggregate and its {@code version}
 * @param topic where the outbox relay publishes the aggregate's events, keyed by its id
 */
public record OutboxedDocuments(
    MongoTemplate mongo, String collection, String aggregate, String topic) {

  /**
   * The document as stored once the relay published its outbox (the relay's removal of published
   * events is no change of the aggregate), or {@code (none)}.
   */
  public String stored(String id) {
    Document document =
        await()
            .atMost(Duration.ofSeconds(10))
            .pollDelay(Duration.ZERO)
            .pollInterval(Duration.ofMillis(20))
            .until(
                () -> mongo.findById(id, Document.class, collection),
                found -> found == null || !hasOutbox(found));
    return document == null ? "(none)" : document.toJson();
  }

  /** How many documents the collection holds, as text: what an intake request may change. */
  public String count() {
    return collection + ": " + mongo.getCollection(collection).countDocuments();
  }

  /** How many documents still hold events the relay has not published. */
  public long withOutbox() {
    return mongo
        .getCollection(collection)
        .countDocuments(new Document(OutboxEvent.FIELD + ".0", new Document("$exists", true)));
  }

  /**
   * Fails unless, within 20 s, every aggregate's events are on the topic: the relay publishes an
   * update's events soon after the write, not during the request.
   */
  public void assertAllPublished(List<String> bootstrapServers) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                org.assertj.core.api.Assertions.assertThat(unpublished(bootstrapServers))
                    .isEmpty());
  }

  /** Aggregates whose outbox is not published, or whose events on the topic miss a version. */
  public List<String> unpublished(List<String> bootstrapServers) {
    Map<String, Long> published = new LinkedHashMap<>();
    TopicRecords.all(bootstrapServers, topic)
        .forEach(record -> published.merge(record.key(), 1L, Long::sum));
    List<String> missing = new ArrayList<>();
    for (Document document : mongo.findAll(Document.class, collection)) {
      String id = String.valueOf(document.get("_id"));
      long version = ((Number) document.get(aggregate, Document.class).get("version")).longValue();
      if (hasOutbox(document) || published.getOrDefault(id, 0L) != version) {
        missing.add(id + ": version " + version + ", events " + published.get(id));
      }
    }
    return missing;
  }

  private static boolean hasOutbox(Document document) {
    List<?> outbox = document.getList("outbox", Object.class);
    return outbox != null && !outbox.isEmpty();
  }
}
