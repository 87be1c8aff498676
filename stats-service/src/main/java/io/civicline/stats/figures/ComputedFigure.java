package io.civicline.stats.figures;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A figure computed when read from counted ones rather than counted itself: a rate, a mean or a
 * median. Rates and means cannot be summed across periods or breakdowns, so they are never stored.
 */
public interface ComputedFigure {

  String name();

  /** Whether it is a rate (a percentage) rather than a figure in the figures' own unit. */
  boolean isRate();

  /** Its value from the counters by name (a missing counter is 0); null when undefined. */
  BigDecimal of(Map<String, Long> counters);
}
