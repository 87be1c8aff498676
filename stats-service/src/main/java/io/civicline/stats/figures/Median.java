package io.civicline.stats.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * The exact median of a histogram figure (whole values, see {@link Figure#buckets()}), with one
 * decimal: the middle value, or the mean of the two middle values of an even count; none when the
 * histogram is empty. A value in the last bucket reads as that bucket's value.
 */
public record Median(String name, String histogram, int buckets) implements ComputedFigure {

  public Median {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(histogram, "histogram");
  }

  @Override
  public boolean isRate() {
    return false;
  }

  @Override
  public BigDecimal of(Map<String, Long> counters) {
    long total = 0;
    for (int value = 0; value < buckets; value++) {
      total += counters.getOrDefault(Figure.bucket(histogram, value), 0L);
    }
    if (total == 0) {
      return null;
    }
    // 1-based ranks of the middle values: the same one for an odd count.
    long lower = (total + 1) / 2;
    long upper = total / 2 + 1;
    return BigDecimal.valueOf(valueAt(counters, lower) + valueAt(counters, upper))
        .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
  }

  private int valueAt(Map<String, Long> counters, long rank) {
    long seen = 0;
    for (int value = 0; value < buckets; value++) {
      seen += counters.getOrDefault(Figure.bucket(histogram, value), 0L);
      if (seen >= rank) {
        return value;
      }
    }
    throw new IllegalStateException("rank " + rank + " beyond the histogram");
  }
}
