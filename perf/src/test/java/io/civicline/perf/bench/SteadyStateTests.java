package io.civicline.perf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SteadyStateTests {

  @Test
  void threeWindowsWithinFivePercentOfTheLastAreSteady() {
    assertThat(SteadyState.steady(List.of(300.0, 810.0, 800.0, 840.0))).isTrue();
    assertThat(SteadyState.steady(List.of(860.0, 850.0, 820.0))).isTrue();
  }

  @Test
  void aRisingOrShortOrIdleRunIsNotSteady() {
    assertThat(SteadyState.steady(List.of(334.0, 433.0, 433.0))).isFalse();
    assertThat(SteadyState.steady(List.of(900.0, 900.0))).isFalse();
    assertThat(SteadyState.steady(List.of(0.0, 0.0, 0.0))).isFalse();
  }
}
