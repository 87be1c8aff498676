package io.civicline.stats.api;

import io.civicline.stats.figures.Granularity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The figures of one period broken down by {@code by}: a row per code of that dimension. */
record BreakdownView(
    String period, Granularity granularity, String zone, String by, List<Row> rows) {

  /** {@code links}: each count's console search, as in {@link FiguresView}. */
  record Row(
      String code,
      Map<String, Number> figures,
      Map<String, BigDecimal> rates,
      Map<String, String> links) {}
}
