package io.civicline.wirestore;

import java.util.Arrays;

/** Latencies in nanoseconds, summarized as p50 and p99 in milliseconds. */
final class Latencies {

  private long[] values = new long[1024];
  private int size;

  synchronized void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  synchronized String summary() {
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    return String.format(
        "p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d)",
        percentile(sorted, 50), percentile(sorted, 99), percentile(sorted, 100), size);
  }

  private static double percentile(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
