package io.civicline.kit.outbox;

import io.civicline.events.CaseEvent;
import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * An event not yet published, kept inside its case document (field {@value #FIELD}) and written in
 * the same single-document write as the change that caused it. The data is already serialized, so
 * the relay publishes exactly what was decided at write time.
 */
public record OutboxEvent(
    String eventId,
    String topic,
    String key,
    String type,
    String source,
    Instant time,
    String data) {

  /** The array field of a case document that holds its unpublished events. */
  public static final String FIELD = "outbox";

  public static OutboxEvent of(String topic, String source, CaseEvent event) {
    return new OutboxEvent(
        event.eventId(),
        topic,
        event.caseId(),
        event.type(),
        source,
        event.occurredAt(),
        new String(EventJson.write(event), StandardCharsets.UTF_8));
  }

  /** A record that is not a case event (e.g. a referral), already serialized as JSON. */
  public static OutboxEvent of(
      String topic,
      String source,
      String eventId,
      String key,
      String type,
      Instant time,
      byte[] data) {
    return new OutboxEvent(
        eventId, topic, key, type, source, time, new String(data, StandardCharsets.UTF_8));
  }

  public CloudEvent toCloudEvent() {
    return new CloudEvent(eventId, source, type, key, time, data.getBytes(StandardCharsets.UTF_8));
  }
}
