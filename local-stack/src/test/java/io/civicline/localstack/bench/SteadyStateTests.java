package io.civicline.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SteadyStateTests {

  @Test
  void twoWindowsWithinFivePercentAreSteady() {
    assertThat(SteadyState.steady(List.of(300.0, 800.0, 840.0))).isTrue();
    assertThat(SteadyState.steady(List.of(860.0, 820.0))).isTrue();
  }

  @Test
  void aRisingOrSingleOrIdleWindowIsNotSteady() {
    assertThat(SteadyState.steady(List.of(656.0, 861.0))).isFalse();
    assertThat(SteadyState.steady(List.of(900.0))).isFalse();
    assertThat(SteadyState.steady(List.of(0.0, 0.0))).isFalse();
  }
}
