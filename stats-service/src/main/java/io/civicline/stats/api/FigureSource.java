package io.civicline.stats.api;

import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.figures.CaseFigures;
import io.civicline.stats.figures.ComputedFigure;
import io.civicline.stats.figures.Dimension;
import io.civicline.stats.figures.FigureKey;
import io.civicline.stats.figures.Period;
import io.civicline.stats.streams.FigureCounts;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one family of figures (hotline or mediation) is read: its definitions, its figures store
 * and the dimensions a request may break it down by, named as in {@code by=}.
 */
public record FigureSource(
    CaseFigures<?> figures, String store, Map<String, Dimension> breakdowns) {

  /**
   * Every figure and rate of one period and breakdown; live figures as they are now. Histogram
   * counters are read for the medians computed from them, not shown.
   */
  public FigureValues read(FigureCounts counts, Period period, Breakdown breakdown) {
    Map<String, Long> counters = new HashMap<>();
    counts
        .of(store, figures.keysFor(period, breakdown))
        .forEach((FigureKey key, Long count) -> counters.put(key.figure(), count));
    Map<String, Number> shown = new LinkedHashMap<>();
    figures.figures().stream()
        .filter(figure -> figure.buckets() == 0)
        .forEach(figure -> shown.put(figure.name(), counters.get(figure.name())));
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    for (ComputedFigure computed : figures.computed()) {
      BigDecimal value = computed.of(counters);
      if (computed.isRate()) {
        rates.put(computed.name(), value);
      } else {
        shown.put(computed.name(), value);
      }
    }
    return new FigureValues(shown, rates);
  }

  /**
   * Figures by name (counts, and means and medians with one decimal), and rates by name; a value is
   * null where its denominator is 0.
   */
  public record FigureValues(Map<String, Number> figures, Map<String, BigDecimal> rates) {}
}
