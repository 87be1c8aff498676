package io.civicline.perf.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Reads a year's figures from stats-service as a manager (the whole city and every breakdown) and
 * lists each one that differs from what the load's record says it must be.
 */
final class FigureComparison {

  static final String MANAGER = "manager";

  private final DeskClient http;
  private final String stats;
  private final int year;

  FigureComparison(DeskClient http, String statsUrl, int year) {
    this.http = http;
    this.stats = statsUrl + "/api/stats/";
    this.year = year;
  }

  /** How many figures the last call compared. */
  private int compared;

  int compared() {
    return compared;
  }

  /**
   * The counts of one family as they are now, by slice: the baseline a run adds to (rates, means
   * and medians are computed from counts, so they are left out).
   */
  Map<Slice, Map<String, Long>> counts(String family, List<String> breakdowns) {
    Map<Slice, Map<String, Long>> counts = new LinkedHashMap<>();
    read(family, breakdowns)
        .forEach(
            (slice, row) -> {
              Map<String, Long> figures = new LinkedHashMap<>();
              row.path("figures")
                  .properties()
                  .forEach(
                      figure -> {
                        if (figure.getValue().isIntegralNumber()) {
                          figures.put(figure.getKey(), figure.getValue().asLong());
                        }
                      });
              counts.put(slice, figures);
            });
    return counts;
  }

  private Map<Slice, JsonNode> read(String family, List<String> breakdowns) {
    Map<Slice, JsonNode> actual = new LinkedHashMap<>();
    actual.put(Slice.CITY, http.read(MANAGER, stats + family + "?period=" + year));
    for (String by : breakdowns) {
      JsonNode rows = http.read(MANAGER, stats + family + "?period=" + year + "&by=" + by);
      for (JsonNode row : rows.path("rows")) {
        actual.put(new Slice(by, row.get("code").asString()), row);
      }
    }
    return actual;
  }

  /** Every difference of one family ({@code hotline} or {@code mediation}), as readable lines. */
  List<String> differences(
      String family, Map<Slice, Map<String, Number>> expected, List<String> breakdowns) {
    Map<Slice, JsonNode> actual = read(family, breakdowns);
    TreeSet<String> names = new TreeSet<>();
    expected.values().forEach(figures -> names.addAll(figures.keySet()));
    List<String> differences = new ArrayList<>();
    for (Slice slice : expected.keySet()) {
      if (!actual.containsKey(slice)) {
        differences.add(family + " " + slice + ": no such row in the stats API");
      }
    }
    for (Map.Entry<Slice, JsonNode> row : actual.entrySet()) {
      Map<String, Number> want = expected.getOrDefault(row.getKey(), Map.of());
      for (String name : names) {
        compared++;
        Number wanted = want.containsKey(name) ? want.get(name) : zero(name);
        JsonNode got =
            row.getValue().path("figures").has(name)
                ? row.getValue().path("figures").get(name)
                : row.getValue().path("rates").get(name);
        if (!same(wanted, got)) {
          differences.add(
              "%s %s %s: load %s, stats %s"
                  .formatted(family, row.getKey(), name, wanted, got == null ? "absent" : got));
        }
      }
    }
    return differences;
  }

  /** A slice the load never touched has 0 of every count and no rate. */
  private static Number zero(String name) {
    return name.endsWith("Rate") ? null : 0L;
  }

  private static boolean same(Number wanted, JsonNode got) {
    if (got == null || got.isMissingNode()) {
      return false;
    }
    if (wanted == null || got.isNull()) {
      return wanted == null && got.isNull();
    }
    if (wanted instanceof BigDecimal rate) {
      return got.isNumber() && rate.compareTo(got.decimalValue()) == 0;
    }
    return got.isNumber() && got.asLong() == wanted.longValue();
  }
}
