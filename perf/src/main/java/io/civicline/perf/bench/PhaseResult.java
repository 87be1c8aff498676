package io.civicline.perf.bench;

import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * What one measured phase saw: successes (201 for the API, acknowledged inserts for the raw probe)
 * over the measured time, their latency, and every other outcome with its count.
 *
 * @param successes requests or inserts that succeeded within the measured time
 * @param nanos the measured time the rate is computed over
 * @param latency latency of the successes
 * @param failures every other outcome (status code or exception) with its count
 * @param note one line about the phase worth printing (warm-up figures, unsent requests), or empty
 */
record PhaseResult(
    long successes,
    long nanos,
    LatencySummary latency,
    SortedMap<String, Long> failures,
    String note) {

  /** Successes per second over the measured time. */
  double perSecond() {
    return perSecond(successes, nanos);
  }

  static double perSecond(long count, long nanos) {
    return nanos <= 0 ? 0 : count * 1_000_000_000.0 / nanos;
  }

  long failureCount() {
    return failures.values().stream().mapToLong(Long::longValue).sum();
  }

  /** {@code none} or e.g. {@code HTTP 503 x12, HttpTimeoutException x3}. */
  String describeFailures() {
    return describe(failures);
  }

  static String describe(SortedMap<String, Long> outcomes) {
    if (outcomes.isEmpty()) {
      return "none";
    }
    return outcomes.entrySet().stream()
        .map(entry -> entry.getKey() + " x" + entry.getValue())
        .collect(Collectors.joining(", "));
  }
}
