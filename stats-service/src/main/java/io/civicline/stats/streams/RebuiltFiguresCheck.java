package io.civicline.stats.streams;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares every counter of rebuilt figures with the live ones (a counter absent on one side is 0
 * there), retrying for a while since the live figures may still be taking events.
 */
final class RebuiltFiguresCheck {

  private static final Duration CONVERGENCE = Duration.ofSeconds(30);

  private final Map<String, Object> consumerProperties;
  private final FigureCounts live;
  private final PrintStream out;

  RebuiltFiguresCheck(Map<String, Object> consumerProperties, FigureCounts live, PrintStream out) {
    this.consumerProperties = consumerProperties;
    this.live = live;
    this.out = out;
  }

  /** True when the figures of {@code applicationId} equal the live ones; prints the verdict. */
  boolean matches(String applicationId) throws InterruptedException {
    FigureReplica rebuilt =
        new FigureReplica(consumerProperties, applicationId, new FigureChanges());
    Thread reader = new Thread(rebuilt, "rebuilt-figures");
    reader.setDaemon(true);
    reader.start();
    try {
      long deadline = System.nanoTime() + CONVERGENCE.toNanos();
      List<String> differences = List.of();
      while (System.nanoTime() < deadline) {
        if (rebuilt.isCaughtUp() && live.isCaughtUp()) {
          differences = differences(rebuilt);
          if (differences.isEmpty()) {
            long counters =
                StatsTopology.FIGURES_STORES.stream()
                    .mapToLong(s -> rebuilt.snapshot(s).size())
                    .sum();
            out.printf("figures:       %,d counters, identical to the live ones%n", counters);
            out.printf(
                "to switch: start stats-service with --spring.kafka.streams.application-id=%s%n",
                applicationId);
            return true;
          }
        }
        Thread.sleep(500);
      }
      out.printf("figures:       %,d counters differ from the live ones:%n", differences.size());
      differences.stream().limit(50).forEach(line -> out.println("  " + line));
      return false;
    } finally {
      rebuilt.stop();
      reader.join(10_000);
    }
  }

  private List<String> differences(FigureReplica rebuilt) {
    List<String> differences = new ArrayList<>();
    for (String store : StatsTopology.FIGURES_STORES) {
      Map<String, Long> fresh = rebuilt.snapshot(store);
      Map<String, Long> current = live.snapshot(store);
      TreeSet<String> keys = new TreeSet<>(fresh.keySet());
      keys.addAll(current.keySet());
      for (String key : keys) {
        long was = current.getOrDefault(key, 0L);
        long is = fresh.getOrDefault(key, 0L);
        if (was != is) {
          differences.add(store + " " + key + ": live " + was + ", rebuilt " + is);
        }
      }
    }
    return differences;
  }
}
