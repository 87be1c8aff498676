package io.civicline.stats.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MedianTests {

  private final Median median = new Median("median", "days", 366);

  @Test
  void theMedianOfAnOddCountIsTheMiddleValue() {
    assertThat(median.of(Map.of("days.2", 1L, "days.7", 1L, "days.30", 1L)))
        .isEqualTo(new BigDecimal("7.0"));
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertThat(median.of(Map.of("days.3", 1L, "days.4", 1L))).isEqualTo(new BigDecimal("3.5"));
    assertThat(median.of(Map.of("days.3", 1L, "days.5", 2L, "days.9", 1L)))
        .isEqualTo(new BigDecimal("5.0"));
  }

  @Test
  void manyCasesOnTheSameDayCountEach() {
    assertThat(median.of(Map.of("days.1", 10L, "days.20", 9L))).isEqualTo(new BigDecimal("1.0"));
  }

  @Test
  void anEmptyHistogramHasNoMedian() {
    assertThat(median.of(Map.of())).isNull();
  }
}
