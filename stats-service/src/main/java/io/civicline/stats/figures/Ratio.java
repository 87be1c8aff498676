package io.civicline.stats.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * A figure computed when read from two counted ones, with one decimal as the reports show it:
 * {@code scale × numerator / denominator}, rounded half up (4744 / 4812 as a percentage is 98.6);
 * none when the denominator is 0. Scale 100 makes a rate in percent, 1 a mean.
 */
public record Ratio(String name, String numerator, String denominator, int scale)
    implements ComputedFigure {

  public Ratio {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
  }

  public static Ratio percent(String name, String numerator, String denominator) {
    return new Ratio(name, numerator, denominator, 100);
  }

  public static Ratio mean(String name, String total, String count) {
    return new Ratio(name, total, count, 1);
  }

  /** A percentage is a rate; a mean is a figure. */
  @Override
  public boolean isRate() {
    return scale == 100;
  }

  /** The value from figures by name (a missing figure is 0); null when the denominator is 0. */
  @Override
  public BigDecimal of(Map<String, Long> figures) {
    long over = figures.getOrDefault(denominator, 0L);
    if (over == 0) {
      return null;
    }
    return BigDecimal.valueOf(figures.getOrDefault(numerator, 0L))
        .multiply(BigDecimal.valueOf(scale))
        .divide(BigDecimal.valueOf(over), 1, RoundingMode.HALF_UP);
  }
}
