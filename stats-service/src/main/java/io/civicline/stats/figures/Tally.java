package io.civicline.stats.figures;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Where one figure's rule counts one snapshot: each addition goes to every period containing the
 * instant (or to {@link Period#NOW}) for every breakdown of the case.
 */
public final class Tally {

  private final String figure;
  private final ZoneId zone;
  private final List<Breakdown> breakdowns;
  private final Map<FigureKey, Long> counts;

  Tally(String figure, ZoneId zone, List<Breakdown> breakdowns, Map<FigureKey, Long> counts) {
    this.figure = figure;
    this.zone = zone;
    this.breakdowns = breakdowns;
    this.counts = counts;
  }

  /** The city's time zone, for rules that count calendar days. */
  public ZoneId zone() {
    return zone;
  }

  /** Adds {@code amount} in the day, month and year containing {@code at}; nothing for null. */
  public void add(Instant at, long amount) {
    if (at != null) {
      Period.containing(at, zone).forEach(period -> add(period, amount));
    }
  }

  /** Adds one to the live counter. */
  public void addNow() {
    add(figure, Period.NOW, 1);
  }

  /**
   * Adds one to the histogram bucket of {@code value} (capped at the last of {@code buckets}) in
   * the day, month and year containing {@code at}; nothing for null.
   */
  public void addToBucket(Instant at, long value, int buckets) {
    if (at != null) {
      String counter = Figure.bucket(figure, (int) Math.max(0, Math.min(value, buckets - 1)));
      Period.containing(at, zone).forEach(period -> add(counter, period, 1));
    }
  }

  private void add(Period period, long amount) {
    add(figure, period, amount);
  }

  private void add(String counter, Period period, long amount) {
    for (Breakdown breakdown : breakdowns) {
      counts.merge(new FigureKey(counter, period, breakdown), amount, Long::sum);
    }
  }
}
