package io.civicline.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackPortsTests {

  private static final List<Integer> RUN_SH_DEFAULTS = List.of(8081, 8082, 8083, 9092, 9093, 27017);

  @Test
  void freePortsAreAllDifferentAndNeverThoseOfRunSh() {
    StackPorts first = StackPorts.free();
    StackPorts second = StackPorts.free();

    List<Integer> ports =
        List.of(
            first.kafka(),
            first.kafkaController(),
            first.mongo(),
            first.hotline(),
            first.mediation(),
            first.stats(),
            second.kafka(),
            second.stats());
    assertThat(ports).doesNotHaveDuplicates().doesNotContainAnyElementsOf(RUN_SH_DEFAULTS);
  }

  @Test
  void givenPortsAreKeptAndTheRestPicked() {
    StackPorts ports = StackPorts.pick(List.of(0, 0, 0, 18081, 0, 0));

    assertThat(ports.hotline()).isEqualTo(18081);
    assertThat(ports.launcherArguments()).contains("--hotline-port=18081");
    assertThat(ports.kafka()).isPositive().isNotEqualTo(18081);
  }
}
