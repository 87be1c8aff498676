package io.civicline.stats.streams;

import io.civicline.events.CaseEvent;
import io.civicline.stats.figures.FigureKey;
import java.util.Map;

/**
 * A case event record after reading: the event and how much its snapshot counts in each counter
 * (worked out once, while checking that its codes can be figure keys), or none of them when the raw
 * value could not be read.
 */
record CaseEventRead<E extends CaseEvent>(E event, Map<FigureKey, Long> counts, byte[] raw) {

  static <E extends CaseEvent> CaseEventRead<E> readable(
      E event, Map<FigureKey, Long> counts, byte[] raw) {
    return new CaseEventRead<>(event, counts, raw);
  }

  static <E extends CaseEvent> CaseEventRead<E> malformed(byte[] raw) {
    return new CaseEventRead<>(null, null, raw);
  }

  boolean isMalformed() {
    return event == null;
  }
}
