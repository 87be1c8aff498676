package io.civicline.stats.figures;

/** How long a {@link Period} lasts: a calendar day, month or year in the city's time zone. */
public enum Granularity {
  DAY,
  MONTH,
  YEAR
}
