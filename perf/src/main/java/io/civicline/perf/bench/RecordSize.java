package io.civicline.localstack.bench;

import java.util.Map;

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
  static RecordSize choose(Map<String, String> options, String bootstrap) {
    if (options.containsKey("record-size")) {
      return new RecordSize(
          Integer.parseInt(options.get("record-size")), "given with --record-size");
    }
    try (TicketEventTopic topic = new TicketEventTopic(bootstrap)) {
      RecordSize typical = topic.newestMedian();
      return typical != null ? typical : MEASURED_BEFORE;
    }
  }
}
