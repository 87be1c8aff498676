package io.civicline.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Maps a {@link CloudEvent} to and from Kafka records in the binary content mode. */
public final class KafkaCloudEvents {

  public static final String ID = "ce_id";
  public static final String SOURCE = "ce_source";
  public static final String TYPE = "ce_type";
  public static final String SPEC_VERSION = "ce_specversion";
  public static final String TIME = "ce_time";
  public static final String SUBJECT = "ce_subject";
  public static final String CONTENT_TYPE = "content-type";

  private KafkaCloudEvents() {}

  public static ProducerRecord<String, byte[]> toRecord(String topic, CloudEvent event) {
    return new ProducerRecord<>(topic, null, event.subject(), event.data(), headersOf(event));
  }

  public static Headers headersOf(CloudEvent event) {
    Headers headers = new RecordHeaders();
    put(headers, ID, event.id());
    put(headers, SOURCE, event.source());
    put(headers, TYPE, event.type());
    put(headers, SPEC_VERSION, CloudEvent.SPEC_VERSION);
    put(headers, TIME, event.time().toString());
    put(headers, SUBJECT, event.subject());
    put(headers, CONTENT_TYPE, CloudEvent.CONTENT_TYPE);
    return headers;
  }

  /**
   * Reads the event back from a record's headers and value; fails if a required attribute is
   * missing.
   */
  public static CloudEvent fromRecord(Headers headers, byte[] value) {
    return new CloudEvent(
        required(headers, ID),
        required(headers, SOURCE),
        required(headers, TYPE),
        required(headers, SUBJECT),
        Instant.parse(required(headers, TIME)),
        value);
  }

  public static Optional<String> header(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null
        ? Optional.empty()
        : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
  }

  private static String required(Headers headers, String name) {
    return header(headers, name)
        .orElseThrow(() -> new MalformedEventException("missing CloudEvents header " + name));
  }

  private static void put(Headers headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
