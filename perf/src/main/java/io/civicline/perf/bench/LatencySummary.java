package io.civicline.perf.bench;

/** Median, 99th percentile and maximum of a phase's latencies, in nanoseconds (all 0 if none). */
record LatencySummary(int count, long p50, long p99, long max) {

  static final LatencySummary NONE = new LatencySummary(0, 0, 0, 0);

  static LatencySummary ofSorted(long[] sorted) {
    if (sorted.length == 0) {
      return NONE;
    }
    return new LatencySummary(
        sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
  }

  /**
   * The nearest-rank percentile: the smallest value with at least {@code percent} % of the values
   * at or below it.
   */
  static long percentile(long[] sorted, double percent) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be in (0, 100], not " + percent);
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
