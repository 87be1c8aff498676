package io.civicline.stats.streams;

import io.civicline.events.CaseEvent;

/** A case event record after reading: the event, or none when the raw value could not be read. */
record CaseEventRead<E extends CaseEvent>(E event, byte[] raw) {

  static <E extends CaseEvent> CaseEventRead<E> readable(E event, byte[] raw) {
    return new CaseEventRead<>(event, raw);
  }

  static <E extends CaseEvent> CaseEventRead<E> malformed(byte[] raw) {
    return new CaseEventRead<>(null, raw);
  }

  boolean isMalformed() {
    return event == null;
  }
}
