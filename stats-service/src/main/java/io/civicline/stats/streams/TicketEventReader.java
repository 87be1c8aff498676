package io.civicline.stats.streams;

import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.MalformedEventException;
import io.civicline.events.TicketEvent;
import io.civicline.stats.figures.HotlineFigures;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each record as a ticket CloudEvent. Anything unreadable (missing header, bad JSON, another
 * event type, a key that is not the case id, codes that cannot be figure keys) is passed on as
 * malformed with the error in its headers, so that one bad record never stops the stream.
 */
final class TicketEventReader implements FixedKeyProcessor<String, byte[], TicketEventRead> {

  /** Every ticket event type starts so; later types (dispatched, completed …) are read alike. */
  static final String TICKET_TYPE_PREFIX = "civicline.ticket.";

  private static final Logger log = LoggerFactory.getLogger(TicketEventReader.class);

  private final HotlineFigures figures;
  private FixedKeyProcessorContext<String, TicketEventRead> context;

  TicketEventReader(HotlineFigures figures) {
    this.figures = figures;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, TicketEventRead> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, byte[]> record) {
    TicketEvent event;
    try {
      event = read(record);
    } catch (RuntimeException e) {
      // Deliberately broad: whatever a record makes the reading throw, it must not stop the stream.
      log.warn(
          "ticket event record with key {} is unreadable, sent to {}: {}",
          record.key(),
          StatsTopology.TICKET_EVENTS_DLQ,
          e.toString());
      context.forward(
          record
              .withValue(TicketEventRead.malformed(record.value()))
              .withHeaders(
                  DeadLetterHeaders.describe(record.headers(), e, context.recordMetadata())));
      return;
    }
    context.forward(record.withValue(TicketEventRead.readable(event, record.value())));
  }

  private TicketEvent read(FixedKeyRecord<String, byte[]> record) {
    CloudEvent cloudEvent = KafkaCloudEvents.fromRecord(record.headers(), record.value());
    if (!cloudEvent.type().startsWith(TICKET_TYPE_PREFIX)) {
      throw new MalformedEventException("'" + cloudEvent.type() + "' is not a ticket event type");
    }
    TicketEvent event = EventJson.readTicketEvent(cloudEvent.data());
    if (!cloudEvent.type().equals(event.type())) {
      throw new MalformedEventException(
          "ce_type '"
              + cloudEvent.type()
              + "' differs from the data's type '"
              + event.type()
              + "'");
    }
    if (!event.caseId().equals(record.key())) {
      throw new MalformedEventException(
          "record key '" + record.key() + "' is not the event's caseId '" + event.caseId() + "'");
    }
    figures.keysOf(event.snapshot()); // throws on codes that cannot be part of a figure key
    return event;
  }
}
