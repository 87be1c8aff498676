package io.civicline.stats.figures;

import java.util.Objects;

/**
 * The address of one counter: a figure, in a period, for a breakdown. Its {@link #encode() text
 * form} (e.g. {@code received|2026-03-15|DISTRICT:YIMEI}) is the Kafka key of the counter.
 */
public record FigureKey(String figure, Period period, Breakdown breakdown) {

  static final String SEPARATOR = "|";

  public FigureKey {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(breakdown, "breakdown");
    if (figure.isEmpty() || figure.contains(SEPARATOR)) {
      throw new IllegalArgumentException("not a figure name: '" + figure + "'");
    }
  }

  public String encode() {
    return figure + SEPARATOR + period + SEPARATOR + breakdown;
  }

  public static FigureKey decode(String text) {
    String[] parts = text.split("\\|", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a figure key: '" + text + "'");
    }
    return new FigureKey(
        parts[0],
        parts[1].equals(Period.NOW.toString()) ? Period.NOW : Period.parse(parts[1]),
        Breakdown.parse(parts[2]));
  }

  /**
   * Written out, as are hashCode and those of {@link Period} and {@link Breakdown}: a record's
   * generated ones run through method-handle chains that the JIT did not inline, and the topology
   * compares keys for every counter of every event (a sixth of a rebuild's time).
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof FigureKey key
        && figure.equals(key.figure)
        && period.equals(key.period)
        && breakdown.equals(key.breakdown);
  }

  @Override
  public int hashCode() {
    return (figure.hashCode() * 31 + period.hashCode()) * 31 + breakdown.hashCode();
  }

  @Override
  public String toString() {
    return encode();
  }
}
