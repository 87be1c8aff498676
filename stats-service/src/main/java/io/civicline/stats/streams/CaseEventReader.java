package io.civicline.stats.streams;

import io.civicline.events.CaseEvent;
import io.civicline.events.MalformedEventException;
import io.civicline.kit.kafka.DeadLetterValues;
import io.civicline.kit.kafka.EventRecords;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each record as a CloudEvent of its stream, as the services' listeners do ({@link
 * EventRecords}). Anything unreadable (missing or wrong headers, an oversized value, bad JSON, a
 * snapshot without its required fields, another event type, a key that is not the case id, codes
 * that cannot be figure keys) is passed on as malformed with the error in its headers and its value
 * bounded for the dead-letter topic, so that one bad record never stops the stream.
 */
final class CaseEventReader<E extends CaseEvent>
    implements FixedKeyProcessor<String, byte[], CaseEventRead<E>> {

  private static final Logger log = LoggerFactory.getLogger(CaseEventReader.class);

  private final CaseStream<E, ?> stream;
  private FixedKeyProcessorContext<String, CaseEventRead<E>> context;

  CaseEventReader(CaseStream<E, ?> stream) {
    this.stream = stream;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, CaseEventRead<E>> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, byte[]> record) {
    CaseEventRead<E> read;
    try {
      read = read(record);
    } catch (RuntimeException e) {
      // Deliberately broad: whatever a record makes the reading throw, it must not stop the stream.
      log.warn(
          "{} event record with key {} is unreadable, sent to {}: {}",
          stream.name(),
          record.key(),
          stream.deadLetterTopic(),
          e.toString());
      Headers headers = DeadLetterHeaders.describe(record.headers(), e, context.recordMetadata());
      context.forward(
          record
              .withValue(
                  CaseEventRead.<E>malformed(DeadLetterValues.bounded(record.value(), headers)))
              .withHeaders(headers));
      return;
    }
    context.forward(record.withValue(read));
  }

  private CaseEventRead<E> read(FixedKeyRecord<String, byte[]> record) {
    E event =
        EventRecords.caseEvent(record.key(), record.headers(), record.value(), stream.reader());
    if (!event.type().startsWith(stream.typePrefix())) {
      throw new MalformedEventException(
          "'" + event.type() + "' is not a " + stream.name() + " event type");
    }
    // throws on codes that cannot be part of a figure key
    return CaseEventRead.readable(event, stream.countsOf(event), record.value());
  }
}
