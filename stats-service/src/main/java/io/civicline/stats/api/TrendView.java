package io.civicline.stats.api;

import io.civicline.stats.figures.Granularity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures of each day of a month or each month of a year, in order; {@code district} is null
 * for the whole city.
 */
record TrendView(
    String period, Granularity granularity, String zone, String district, List<Point> points) {

  /** {@code links}: each count's console search, as in {@link FiguresView}. */
  record Point(
      String period,
      Map<String, Number> figures,
      Map<String, BigDecimal> rates,
      Map<String, String> links) {}
}
