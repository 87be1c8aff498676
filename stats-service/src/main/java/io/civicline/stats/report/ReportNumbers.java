package io.civicline.stats.report;

import java.math.BigDecimal;

/**
 * How the report prints a figure: counts as plain digits (4812), rates, means and medians with the
 * one decimal the API gives them (98.6), and a dash where a figure has no value because its
 * denominator is 0.
 */
final class ReportNumbers {

  private static final String NONE = "—";

  private ReportNumbers() {}

  static String text(Number value) {
    if (value == null) {
      return NONE;
    }
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }

  /** A rate in a sentence: {@code 98.6%}, or the dash alone. */
  static String percent(BigDecimal rate) {
    return rate == null ? NONE : rate.toPlainString() + "%";
  }
}
