package io.civicline.stats.figures;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * Where one figure's rule counts one snapshot: each addition goes to every period containing the
 * instant (or to {@link Period#NOW}) for every slice of the case (the whole city, its district …)
 * and, for a fact charged to a department, for that department's slice too.
 */
public final class Tally {

  private final String figure;
  private final CaseSlices slices;
  private final Map<FigureKey, Long> counts;

  Tally(String figure, CaseSlices slices, Map<FigureKey, Long> counts) {
    this.figure = figure;
    this.slices = slices;
    this.counts = counts;
  }

  /** The city's time zone, for rules that count calendar days. */
  public ZoneId zone() {
    return slices.zone();
  }

  /** Adds {@code amount} in the day, month and year containing {@code at}; nothing for null. */
  public void add(Instant at, long amount) {
    add(figure, at, amount, true, null);
  }

  /**
   * Adds one in the periods containing {@code at} for the case's slices and for {@code
   * department}'s (none when null or empty); nothing for a null {@code at}.
   */
  public void charge(Instant at, String department) {
    add(figure, at, 1, true, slices.department(department));
  }

  /** Adds one in the periods containing {@code at} for {@code department}'s slice alone. */
  public void chargeOnly(Instant at, String department) {
    addOnly(at, slices.department(department));
  }

  /** Adds one in the periods containing {@code at} for {@code slice} alone (none for null). */
  public void addOnly(Instant at, Breakdown slice) {
    if (slice != null) {
      add(figure, at, 1, false, slice);
    }
  }

  /** Adds one to the live counter. */
  public void addNow() {
    add(figure, Period.NOW, 1, null);
  }

  /** Adds one to the live counter for the case's slices and {@code department}'s. */
  public void chargeNow(String department) {
    add(figure, Period.NOW, 1, slices.department(department));
  }

  /**
   * Adds one to the histogram bucket of {@code value} (capped at the last of {@code buckets}) in
   * the day, month and year containing {@code at}; nothing for null.
   */
  public void addToBucket(Instant at, long value, int buckets) {
    String counter = Figure.bucket(figure, (int) Math.max(0, Math.min(value, buckets - 1)));
    add(counter, at, 1, true, null);
  }

  private void add(String counter, Instant at, long amount, boolean own, Breakdown department) {
    if (at == null) {
      return;
    }
    for (Period period : Period.containing(at, slices.zone())) {
      if (own) {
        add(counter, period, amount, department);
      } else {
        counts.merge(new FigureKey(counter, period, department), amount, Long::sum);
      }
    }
  }

  private void add(String counter, Period period, long amount, Breakdown department) {
    for (Breakdown slice : slices.own()) {
      counts.merge(new FigureKey(counter, period, slice), amount, Long::sum);
    }
    if (department != null) {
      counts.merge(new FigureKey(counter, period, department), amount, Long::sum);
    }
  }
}
