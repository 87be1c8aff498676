package io.civicline.kit.kafka;

import io.civicline.events.CaseEvent;
import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.MalformedEventException;
import io.civicline.events.TicketReferral;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Reads a consumed record as the binary-mode CloudEvent it must be: every required {@code ce_*}
 * header present and of spec version 1.0, {@code ce_type} the data's own type, a case event's key
 * its case id, the value not over {@link #MAX_VALUE_BYTES}. Anything else is a {@link
 * MalformedEventException}, which the dead-letter handler sends to the topic's DLQ without
 * retrying.
 */
public final class EventRecords {

  /**
   * The largest value read as an event: far above any real one (a referral with the longest
   * description is about 20 KB), so that padding is refused rather than parsed.
   */
  public static final int MAX_VALUE_BYTES = 256 * 1024;

  private EventRecords() {}

  /** A case event (ticket or mediation case): key = its case id. */
  public static <E extends CaseEvent> E caseEvent(
      ConsumerRecord<String, byte[]> record, Function<byte[], E> reader) {
    return caseEvent(record.key(), record.headers(), record.value(), reader);
  }

  /** A case event given by a record's key, headers and value (e.g. in Kafka Streams). */
  public static <E extends CaseEvent> E caseEvent(
      String key, Headers headers, byte[] value, Function<byte[], E> reader) {
    CloudEvent cloudEvent = cloudEvent(headers, value);
    E event = reader.apply(cloudEvent.data());
    require(cloudEvent.type(), event.type(), "ce_type", "the data's type");
    require(key, event.caseId(), "record key", "the event's caseId");
    return event;
  }

  /** A referral from the hotline (keyed by its ticket id, which only orders a ticket's records). */
  public static TicketReferral referral(ConsumerRecord<String, byte[]> record) {
    CloudEvent cloudEvent = cloudEvent(record.headers(), record.value());
    TicketReferral referral = EventJson.readTicketReferral(cloudEvent.data());
    require(cloudEvent.type(), referral.type(), "ce_type", "the data's type");
    return referral;
  }

  private static CloudEvent cloudEvent(Headers headers, byte[] value) {
    if (value == null) {
      throw new MalformedEventException("record without a value");
    }
    if (value.length > MAX_VALUE_BYTES) {
      throw new MalformedEventException(
          "record value of " + value.length + " bytes, over " + MAX_VALUE_BYTES);
    }
    String specVersion =
        KafkaCloudEvents.header(headers, KafkaCloudEvents.SPEC_VERSION).orElse(null);
    if (!CloudEvent.SPEC_VERSION.equals(specVersion)) {
      throw new MalformedEventException("ce_specversion is " + specVersion + ", not 1.0");
    }
    try {
      return KafkaCloudEvents.fromRecord(headers, value);
    } catch (DateTimeParseException e) {
      throw new MalformedEventException("ce_time is not a timestamp", e);
    }
  }

  private static void require(String actual, String expected, String what, String of) {
    if (!expected.equals(actual)) {
      throw new MalformedEventException(
          what + " '" + actual + "' differs from " + of + " '" + expected + "'");
    }
  }
}
