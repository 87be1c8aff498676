package io.civicline.kit.aggregate;

import io.civicline.kit.outbox.OutboxEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;

/** A stored aggregate of the kit's tests: a version, a deadline, and whether it was marked. */
@Document("items")
record Item(
    @Id String id, long version, Instant deadline, boolean overdue, List<OutboxEvent> outbox)
    implements OutboxedDocument {

  static final String TOPIC = "items.events";

  static Item created(String id, Instant deadline) {
    return new Item(id, 1, deadline, false, List.of(event(id, "created")));
  }

  /** The change of marking it overdue, as the watcher writes it. */
  static Update markOverdue() {
    return new Update().set("overdue", true).inc("version", 1);
  }

  static OutboxEvent event(String id, String type) {
    return new OutboxEvent(
        UUID.randomUUID().toString(), TOPIC, id, type, "/kit-tests", Instant.now(), "{}");
  }
}
