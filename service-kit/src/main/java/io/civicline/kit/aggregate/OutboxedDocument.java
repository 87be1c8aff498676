package io.civicline.kit.aggregate;

import io.civicline.kit.outbox.OutboxEvent;
import java.util.List;

/** A stored aggregate that keeps its unpublished events in its own document. */
public interface OutboxedDocument {

  /** The events not yet published, oldest first. */
  List<OutboxEvent> outbox();
}
