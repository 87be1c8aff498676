package io.civicline.perf.bench;

import io.civicline.perf.Arguments;

/** The record size of a broker-limit run, and where it came from. */
record RecordSize(int bytes, String origin) {

  /**
   * The value of a RECEIVED ticket event as hotline-service published it for a ticket of
   * TicketRequestBody, read from the local stack's topic on 2026-11-27 (with 241 B of key and
   * headers): what a run uses while the topic has no events.
   */
  static final RecordSize MEASURED_BEFORE =
      new RecordSize(
          412,
          "the value of a RECEIVED ticket event as hotline-service published it, read from the"
              + " local stack's topic before (it has no ticket events now)");

  /**
   * {@code --record-size} if given, otherwise the typical ticket event on the broker at {@code
   * bootstrap}, otherwise {@link #MEASURED_BEFORE}.
   */
  static RecordSize choose(Arguments options, String bootstrap) {
    if (options.has("record-size")) {
      return new RecordSize(options.number("record-size", 1), "given with --record-size");
    }
    try (TicketEventTopic topic = new TicketEventTopic(bootstrap)) {
      RecordSize typical = topic.newestMedian();
      return typical != null ? typical : MEASURED_BEFORE;
    }
  }
}
