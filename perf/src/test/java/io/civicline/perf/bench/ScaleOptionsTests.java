package io.civicline.perf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScaleOptionsTests {

  @Test
  void theDefaultsAreTheBarsMillionTicketsAndCasesAt200CreatesASecond() {
    ScaleOptions options = ScaleOptions.parse(new String[] {"--no-build"});

    assertThat(options.tickets()).isEqualTo(1_000_000);
    assertThat(options.cases()).isEqualTo(1_000_000);
    assertThat(options.rate()).isEqualTo(200);
    assertThat(options.reads()).isEqualTo(200);
    assertThat(options.data()).isNull();
  }

  @Test
  void aKeptDataFolderAndSmallerStoresAreTakenAsGiven() {
    ScaleOptions options =
        ScaleOptions.parse(
            new String[] {
              "--tickets=100000",
              "--cases=5000",
              "--data=/tmp/x/../filled",
              "--seconds=60",
              "--warmup=10"
            });

    assertThat(options.tickets()).isEqualTo(100_000);
    assertThat(options.cases()).isEqualTo(5_000);
    assertThat(options.data()).isEqualTo(Path.of("/tmp/filled"));
    assertThat(options.dueSpan()).isEqualTo(Duration.ofSeconds(70));
  }

  @Test
  void anUnknownOrBadOptionIsRefused() {
    assertThatThrownBy(() -> ScaleOptions.parse(new String[] {"--ticket=5"}))
        .hasMessageContaining("--ticket=5");
    assertThatThrownBy(() -> ScaleOptions.parse(new String[] {"--rate=0"}))
        .hasMessageContaining("--rate must be at least 1");
  }
}
