package io.civicline.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A CloudEvent 1.0 as it travels in Kafka binary mode: the attributes become {@code ce_*} headers,
 * {@link #data()} the record value (JSON), and {@link #subject()} (the case id) also the record
 * key.
 */
public record CloudEvent(
    String id, String source, String type, String subject, Instant time, byte[] data) {

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/json";

  public CloudEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(data, "data");
  }
}
