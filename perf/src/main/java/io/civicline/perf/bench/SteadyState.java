package io.civicline.perf.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * When a load is warm. On two cores the services' JIT compilers compete with the load for minutes,
 * and the throughput keeps rising for two to three minutes: a fixed warm-up would measure the
 * warm-up. Warm means: at least the minimum time has passed and the last {@value #STEADY_WINDOWS}
 * windows of {@value #WINDOW_SECONDS} s are each within {@value #TOLERANCE_PERCENT} % of the last
 * one (two windows alone matched by chance while the rate was still rising). At the maximum time it
 * stops waiting and says that it did.
 */
final class SteadyState {

  static final int WINDOW_SECONDS = 10;
  static final int TOLERANCE_PERCENT = 5;
  static final int STEADY_WINDOWS = 3;

  /** How the warm-up went: its length, whether it ended steady, and each window's rate. */
  record Verdict(Duration length, boolean steady, List<Double> windowRates) {

    String describe() {
      return String.format(
          "%s after %d s (per %d s window: %s/s)",
          steady ? "steady" : "NOT steady, measured anyway",
          length.toSeconds(),
          WINDOW_SECONDS,
          windowRates.stream()
              .map(rate -> String.format("%,.0f", rate))
              .collect(Collectors.joining(" ")));
    }
  }

  private SteadyState() {}

  /**
   * Waits, in whole windows, until {@code completed} (a running count of successes) grows at a
   * steady rate.
   */
  static Verdict await(LongSupplier completed, Duration least, Duration most)
      throws InterruptedException {
    long start = System.nanoTime();
    List<Double> rates = new ArrayList<>();
    long before = completed.getAsLong();
    while (true) {
      Thread.sleep(WINDOW_SECONDS * 1000L);
      long now = completed.getAsLong();
      rates.add((now - before) / (double) WINDOW_SECONDS);
      before = now;
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      if (elapsed.compareTo(least) >= 0 && steady(rates)) {
        return new Verdict(elapsed, true, rates);
      }
      if (elapsed.compareTo(most) >= 0) {
        return new Verdict(elapsed, false, rates);
      }
    }
  }

  static boolean steady(List<Double> rates) {
    if (rates.size() < STEADY_WINDOWS) {
      return false;
    }
    double last = rates.get(rates.size() - 1);
    return last > 0
        && rates.subList(rates.size() - STEADY_WINDOWS, rates.size()).stream()
            .allMatch(rate -> Math.abs(rate - last) <= last * TOLERANCE_PERCENT / 100.0);
  }
}
