package io.civicline.stats.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatioTests {

  private final Ratio rate = Ratio.percent("rate", "done", "all");

  @Test
  void aRateIsAPercentageWithOneDecimalAsTheReportsShowIt() {
    assertThat(rate.of(Map.of("done", 4744L, "all", 4812L))).isEqualTo(new BigDecimal("98.6"));
    assertThat(rate.of(Map.of("done", 2L, "all", 2L))).isEqualTo(new BigDecimal("100.0"));
  }

  @Test
  void aRateRoundsHalfUp() {
    assertThat(rate.of(Map.of("done", 1L, "all", 16L))).isEqualTo(new BigDecimal("6.3"));
    assertThat(rate.of(Map.of("done", 1L, "all", 3L))).isEqualTo(new BigDecimal("33.3"));
  }

  @Test
  void aRateOfNothingIsNoneRatherThanZero() {
    assertThat(rate.of(Map.of("done", 0L, "all", 0L))).isNull();
    assertThat(rate.of(Map.of())).isNull();
  }

  @Test
  void aMeanDividesTheTotalByTheCount() {
    Ratio mean = Ratio.mean("mean", "total", "count");

    assertThat(mean.of(Map.of("total", 17L, "count", 4L))).isEqualTo(new BigDecimal("4.3"));
  }
}
