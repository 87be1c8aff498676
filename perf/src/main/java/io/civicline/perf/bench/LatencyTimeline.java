package io.civicline.perf.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Latencies by the second they were due in, for a chart of latency over time. Shared by a phase's
 * threads (at a few hundred requests a second a lock costs nothing).
 */
final class LatencyTimeline {

  private static final long SECOND = 1_000_000_000L;

  private final long origin;
  private final List<LatencyRecorder> seconds = new ArrayList<>();

  /**
   * @param origin the {@link System#nanoTime()} of second zero
   */
  LatencyTimeline(long origin) {
    this.origin = origin;
  }

  synchronized void record(long due, long nanos) {
    int second = (int) Math.max(0, (due - origin) / SECOND);
    while (seconds.size() <= second) {
      seconds.add(new LatencyRecorder());
    }
    seconds.get(second).record(nanos);
  }

  /** Each second's summary, from second zero; a second without requests summarizes as zeros. */
  synchronized List<LatencySummary> perSecond() {
    return seconds.stream().map(LatencyRecorder::summarize).toList();
  }

  /** One chart line per statistic: milliseconds over seconds, skipping empty seconds. */
  List<LineChart.Series> series() {
    List<LatencySummary> summaries = perSecond();
    List<double[]> p50 = new ArrayList<>();
    List<double[]> p99 = new ArrayList<>();
    List<double[]> max = new ArrayList<>();
    for (int second = 0; second < summaries.size(); second++) {
      LatencySummary summary = summaries.get(second);
      if (summary.count() > 0) {
        p50.add(new double[] {second, summary.p50() / 1e6});
        p99.add(new double[] {second, summary.p99() / 1e6});
        max.add(new double[] {second, summary.max() / 1e6});
      }
    }
    return List.of(
        new LineChart.Series("p50", p50),
        new LineChart.Series("p99", p99),
        new LineChart.Series("max", max));
  }
}
