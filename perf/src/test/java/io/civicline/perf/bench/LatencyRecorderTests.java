package io.civicline.perf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyRecorderTests {

  @Test
  void nearestRankPercentiles() {
    long[] oneToHundred = new long[100];
    for (int i = 0; i < 100; i++) {
      oneToHundred[i] = i + 1;
    }
    assertThat(LatencySummary.percentile(oneToHundred, 50)).isEqualTo(50);
    assertThat(LatencySummary.percentile(oneToHundred, 99)).isEqualTo(99);
    assertThat(LatencySummary.percentile(oneToHundred, 100)).isEqualTo(100);
    assertThat(LatencySummary.percentile(new long[] {7}, 50)).isEqualTo(7);
    assertThat(LatencySummary.percentile(new long[] {7}, 99)).isEqualTo(7);
    assertThat(LatencySummary.percentile(new long[] {1, 2, 3}, 50)).isEqualTo(2);
    assertThat(LatencySummary.percentile(new long[] {1, 2, 3, 4}, 50)).isEqualTo(2);
    assertThatThrownBy(() -> LatencySummary.percentile(new long[0], 50))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mergedRecordersSummarizeEveryValueSorted() {
    LatencyRecorder first = new LatencyRecorder();
    LatencyRecorder second = new LatencyRecorder();
    for (long value = 2000; value >= 1; value--) {
      (value % 2 == 0 ? first : second).record(value);
    }

    LatencySummary summary = LatencyRecorder.merge(List.of(first, second)).summarize();

    assertThat(summary).isEqualTo(new LatencySummary(2000, 1000, 1980, 2000));
  }

  @Test
  void noValuesSummarizeAsZeros() {
    assertThat(LatencyRecorder.merge(List.of(new LatencyRecorder())).summarize())
        .isEqualTo(LatencySummary.NONE);
  }

  @Test
  void ratesArePerSecondOfTheMeasuredTime() {
    assertThat(PhaseResult.perSecond(1500, 3_000_000_000L)).isEqualTo(500.0);
    assertThat(PhaseResult.perSecond(1, 250_000_000L)).isEqualTo(4.0);
    assertThat(PhaseResult.perSecond(10, 0)).isZero();
  }

  @Test
  void openLoopSlotsAreEvenlySpacedWithoutDrift() {
    assertThat(OpenLoopLoad.slotOffsetNanos(0, 500)).isZero();
    assertThat(OpenLoopLoad.slotOffsetNanos(1, 500)).isEqualTo(2_000_000L);
    assertThat(OpenLoopLoad.slotOffsetNanos(15_000, 500)).isEqualTo(30_000_000_000L);
    assertThat(OpenLoopLoad.slotOffsetNanos(3, 3)).isEqualTo(1_000_000_000L);
  }

  @Test
  void requestBodiesVaryDistrictAndPhone() {
    assertThat(TicketRequestBody.of(0)).contains("\"district\":\"YIMEI\"", "13800000000");
    assertThat(TicketRequestBody.of(1)).contains("\"district\":\"WUCUI\"", "13900000001");
    assertThat(TicketRequestBody.of(123_456_789L)).matches(".*\"phone\":\"1[3-9][0-9]{9}\".*");
  }
}
