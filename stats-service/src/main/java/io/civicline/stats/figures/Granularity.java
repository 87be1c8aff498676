package io.civicline.stats.figures;

/**
 * How long a {@link Period} lasts: a calendar day, month or year in the city's time zone, or {@code
 * LIVE} for the counters that say how things stand now.
 */
public enum Granularity {
  DAY,
  MONTH,
  YEAR,
  LIVE
}
