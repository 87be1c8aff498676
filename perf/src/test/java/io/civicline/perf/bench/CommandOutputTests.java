package io.civicline.perf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandOutputTests {

  @Test
  void returnsWhatTheCommandPrintedOnBothStreams() throws Exception {
    assertThat(
            CommandOutput.of(
                "sh", List.of("sh", "-c", "echo out; echo err >&2"), Duration.ofSeconds(30)))
        .contains("out")
        .contains("err");
  }

  @Test
  void aFailedCommandIsReportedWithItsExitCodeAndOutput() {
    assertThatThrownBy(
            () ->
                CommandOutput.of(
                    "sh", List.of("sh", "-c", "echo why; exit 3"), Duration.ofSeconds(30)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exit code 3")
        .hasMessageContaining("why");
  }

  @Test
  void aCommandPastItsTimeLimitIsKilledAndReportedWithWhatItPrinted() {
    long started = System.nanoTime();
    assertThatThrownBy(
            () ->
                CommandOutput.of(
                    "sh", List.of("sh", "-c", "echo started; sleep 60"), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not end within 1 s")
        .hasMessageContaining("started");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
  }
}
