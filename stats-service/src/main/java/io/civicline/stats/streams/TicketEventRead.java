package io.civicline.stats.streams;

import io.civicline.events.TicketEvent;

/** A ticket event record after reading: the event, or none when the raw value could not be read. */
record TicketEventRead(TicketEvent event, byte[] raw) {

  static TicketEventRead readable(TicketEvent event, byte[] raw) {
    return new TicketEventRead(event, raw);
  }

  static TicketEventRead malformed(byte[] raw) {
    return new TicketEventRead(null, raw);
  }

  boolean isMalformed() {
    return event == null;
  }
}
