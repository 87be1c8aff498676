package io.civicline.systemtests;

import io.civicline.events.ReferenceData;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The tickets received this year (in the city's time zone) per channel and per street, as a manager
 * reads them from stats-service ({@code by=channel}, {@code by=street}), keyed {@code channel:CODE}
 * and {@code street:CODE}; and what changed between two readings.
 */
final class ReceivedFigures {

  private static final List<String> DIMENSIONS = List.of("channel", "street");

  private final StackHttp http = new StackHttp();
  private final int port;
  private final Year year = Year.now(ZoneId.of(ReferenceData.defaults().city().zone()));

  ReceivedFigures(int statsPort) {
    this.port = statsPort;
  }

  /** Every row's {@code received}; throws while stats-service cannot answer (503). */
  Map<String, Long> read() throws Exception {
    Map<String, Long> received = new TreeMap<>();
    for (String by : DIMENSIONS) {
      String query = "/api/stats/hotline?period=" + year + "&by=" + by;
      for (JsonNode row : http.getJson(port, query, "manager").path("rows")) {
        received.put(by + ":" + row.path("code").asString(), row.at("/figures/received").asLong());
      }
    }
    return received;
  }

  /** The keys whose count moved from {@code before} to {@code after}, with how much. */
  static Map<String, Long> change(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> moved = new TreeMap<>();
    after.forEach(
        (key, count) -> {
          long by = count - before.getOrDefault(key, 0L);
          if (by != 0) {
            moved.put(key, by);
          }
        });
    return moved;
  }
}
