package io.civicline.stats.streams;

import io.civicline.events.CaseEvent;
import io.civicline.events.EventJson;
import io.civicline.stats.figures.CaseFigures;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * One event topic and what the topology keeps of it: the events of type {@code E} (snapshots {@code
 * S}), their dead-letter topic, the per-case store, the figures store and the figures counted.
 * Hotline and mediation are two of these on the same machinery.
 *
 * @param name short name prefixing the topology's node names, e.g. {@code ticket}
 * @param typePrefix every CloudEvents type of the topic starts so
 */
record CaseStream<E extends CaseEvent, S>(
    String name,
    String topic,
    String deadLetterTopic,
    String typePrefix,
    String snapshotStore,
    String figuresStore,
    Function<byte[], E> reader,
    Function<E, S> snapshot,
    CaseFigures<S> figures) {

  Serde<E> eventSerde() {
    return Serdes.serdeFrom(
        (topic, event) -> event == null ? null : EventJson.write(event),
        (topic, data) -> data == null ? null : reader.apply(data));
  }
}
