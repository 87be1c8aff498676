package io.civicline.perf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScaleRowTests {

  static ScaleRow read(long... millis) {
    LatencyRecorder recorder = new LatencyRecorder();
    for (long ms : millis) {
      recorder.record(ms * 1_000_000);
    }
    return ScaleRow.of("read", recorder.summarize(), Duration.ofMillis(50));
  }

  @Test
  void aReadPassesWhenItsP99IsUnderTheBar() {
    long[] fast = new long[100];
    java.util.Arrays.fill(fast, 5);
    fast[99] = 400;

    ScaleRow row = read(fast);

    assertThat(row.p50()).isEqualTo(5_000_000);
    assertThat(row.p99()).isEqualTo(5_000_000);
    assertThat(row.max()).isEqualTo(400_000_000);
    assertThat(row.passes()).isTrue();
    assertThat(row.format()).contains("5.00 ms", "400.0 ms", "100", "< 50 ms", "PASS");
  }

  @Test
  void aReadAtTheBarFails() {
    ScaleRow row = read(10, 50);

    assertThat(row.passes()).isFalse();
    assertThat(row.format()).endsWith("FAIL");
  }

  @Test
  void aReadNeverAnsweredFails() {
    assertThat(read().passes()).isFalse();
    assertThat(read().format()).contains(" - ");
  }
}
