package io.civicline.perf.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * One line of the scale benchmark's table: a read (or the creates, or a watcher's rounds) with its
 * latencies in nanoseconds and the bar it is held to. A watcher's figures are known to a histogram
 * bucket ({@code bucketed}): p50 and p99 are the bucket's upper bound, the bar's 50 ms a bound of
 * its own, and the maximum the timer's recent one.
 */
record ScaleRow(
    String label, long p50, long p99, long max, long count, Duration bar, boolean bucketed) {

  static ScaleRow of(String label, LatencySummary latencies, Duration bar) {
    return new ScaleRow(
        label, latencies.p50(), latencies.p99(), latencies.max(), latencies.count(), bar, false);
  }

  static ScaleRow ofRounds(String label, WatchRounds rounds, String round, Duration bar) {
    Double max = rounds.max().get(round);
    return new ScaleRow(
        label,
        rounds.percentileBound(round, 50),
        rounds.percentileBound(round, 99),
        max == null ? 0 : Math.round(max * 1e9),
        rounds.count(round),
        bar,
        true);
  }

  /** Measured at all, and its p99 under the bar (at most, for a bucket bound that is the bar). */
  boolean passes() {
    long bar = this.bar.toNanos();
    return count > 0 && (bucketed ? p99 <= bar : p99 < bar);
  }

  String format() {
    return String.format(
        Locale.ROOT,
        "%-44s %10s %10s %10s %7d %8s  %s",
        label,
        figure(p50),
        figure(p99),
        count == 0 ? "-" : BenchmarkReport.millis(max),
        count,
        "< " + bar.toMillis() + " ms",
        passes() ? "PASS" : "FAIL");
  }

  private String figure(long nanos) {
    if (count == 0) {
      return "-";
    }
    if (nanos == Long.MAX_VALUE) {
      return "> last";
    }
    return (bucketed ? "≤" : "") + BenchmarkReport.millis(nanos);
  }

  static String header() {
    return String.format(
        Locale.ROOT,
        "%-44s %10s %10s %10s %7s %8s  %s",
        "read",
        "p50",
        "p99",
        "max",
        "count",
        "bar",
        "");
  }
}
