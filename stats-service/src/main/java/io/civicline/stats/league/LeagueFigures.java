package io.civicline.stats.league;

import io.civicline.stats.figures.CaseFigures;
import io.civicline.stats.figures.ComputedFigure;
import io.civicline.stats.figures.Figure;
import io.civicline.stats.figures.Ratio;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a league row shows: hotline counters summed over the league's period, the live {@code
 * overdue}, and rates computed from the sums. The rates the hotline defines are taken from it; the
 * two shares only the league shows are defined here.
 */
public final class LeagueFigures {

  static final String DISPATCHES = "dispatches";
  static final String OVERDUE = "overdue";

  /** Summed over the period, in column order. */
  static final List<String> COUNTERS =
      List.of(
          DISPATCHES,
          "signedOnTime",
          "returned",
          "extended",
          "completed",
          "completedOnTime",
          "rated",
          "resolved",
          "satisfied",
          "reopened",
          "urged");

  private static final List<String> HOTLINE_RATES =
      List.of("responseRate", "completedOnTimeRate", "resolutionRate", "satisfactionRate");

  private static final List<ComputedFigure> OWN_RATES =
      List.of(
          Ratio.percent("returnedRate", "returned", DISPATCHES),
          Ratio.percent("reopenedRate", "reopened", "completed"));

  private final List<ComputedFigure> rates;

  /**
   * @throws IllegalStateException when the hotline no longer defines a figure the league shows, so
   *     that a rename fails the start rather than print an empty column
   */
  public LeagueFigures(CaseFigures<?> hotline) {
    List<String> counted = hotline.figures().stream().map(Figure::name).toList();
    Stream.concat(COUNTERS.stream(), Stream.of(OVERDUE))
        .filter(name -> !counted.contains(name))
        .findFirst()
        .ifPresent(LeagueFigures::undefined);
    Map<String, ComputedFigure> computed = new LinkedHashMap<>();
    hotline.computed().forEach(figure -> computed.put(figure.name(), figure));
    this.rates =
        Stream.concat(
                HOTLINE_RATES.stream()
                    .map(name -> computed.computeIfAbsent(name, LeagueFigures::undefined)),
                OWN_RATES.stream())
            .toList();
  }

  /** The rates of a row from its summed counters, by name, in column order. */
  Map<String, BigDecimal> rates(Map<String, Long> counters) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    rates.forEach(rate -> values.put(rate.name(), rate.of(counters)));
    return values;
  }

  private static ComputedFigure undefined(String name) {
    throw new IllegalStateException(
        "the league shows hotline figure '" + name + "', which is not defined");
  }
}
