package io.civicline.stats.streams;

import io.civicline.events.CaseEvent;
import io.civicline.stats.figures.CaseFigures;
import io.civicline.stats.figures.FigureKey;
import java.util.Map;
import java.util.function.Function;

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

  /** The in-memory store of the figure deltas not yet committed ({@link FigureDeltas}). */
  String deltasStore() {
    return figuresStore + "-deltas";
  }

  /**
   * How much the snapshot of {@code event} counts in each counter; empty for no event.
   *
   * @throws IllegalArgumentException for codes that cannot be part of a figure key
   */
  Map<FigureKey, Long> countsOf(E event) {
    return figures.countsOf(event == null ? null : snapshot.apply(event));
  }
}
