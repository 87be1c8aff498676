package io.civicline.perf.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Every latency of one phase, in nanoseconds. Each load thread records into its own recorder (not
 * thread-safe, so nothing is shared while measuring); the phase merges them and summarizes.
 */
final class LatencyRecorder {

  private long[] values = new long[1024];
  private int count;

  void record(long nanos) {
    if (count == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[count++] = nanos;
  }

  int count() {
    return count;
  }

  /** One recorder holding every value of {@code recorders}; read them only once they are done. */
  static LatencyRecorder merge(Collection<LatencyRecorder> recorders) {
    LatencyRecorder merged = new LatencyRecorder();
    merged.values = new long[Math.max(1, recorders.stream().mapToInt(r -> r.count).sum())];
    for (LatencyRecorder recorder : recorders) {
      System.arraycopy(recorder.values, 0, merged.values, merged.count, recorder.count);
      merged.count += recorder.count;
    }
    return merged;
  }

  LatencySummary summarize() {
    long[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    return LatencySummary.ofSorted(sorted);
  }
}
