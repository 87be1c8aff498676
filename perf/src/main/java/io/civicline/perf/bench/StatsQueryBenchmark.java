package io.civicline.perf.bench;

import io.civicline.perf.Arguments;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stats query benchmark ({@code ./bench.sh stats}): fills stats-service of a running stack with
 * {@code --cases} tickets of one year (events produced straight onto the ticket topic, ids derived
 * from the year so that a second run adds nothing), waits until the figures show them all, then
 * queries every figure a manager reads of that year (summary, each breakdown, trend, league tables,
 * hot spots, mediation) from several threads, and prints the latencies it measured.
 */
public final class StatsQueryBenchmark {

  private static final Duration WARM_UP = Duration.ofSeconds(10);
  private static final Duration MEASURE = Duration.ofSeconds(30);
  private static final int THREADS = 4;

  private final PrintStream out;
  private final DemoUserClient manager = new DemoUserClient("manager");

  StatsQueryBenchmark(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Arguments options =
        Arguments.parseOrExit(
            args,
            Arguments.withAddresses(
                Map.of("cases", "1000000", "year", "2025"), "stats", "bootstrap"),
            "Usage: ./bench.sh stats [--cases=1000000] [--year=2025]"
                + " [--stats=http://127.0.0.1:8083] [--bootstrap=127.0.0.1:9092]\n");
    new StatsQueryBenchmark(System.out)
        .run(
            options.number("cases", 1),
            options.number("year", 1),
            options.text("stats"),
            options.text("bootstrap"));
  }

  void run(int cases, int year, String stats, String bootstrap) throws Exception {
    out.println("stats query benchmark, " + MachineFacts.describe());
    String summary = stats + "/api/stats/hotline?period=" + year;
    YearOfTicketEvents.fill(cases, year, bootstrap, stats, manager, out);
    out.printf(
        "%-40s %8s %8s %8s %8s %9s%n", "query", "requests", "p50 ms", "p99 ms", "max ms", "per s");
    measure("summary of the year", summary);
    for (String by : List.of("district", "category", "topic", "channel", "department")) {
      measure("year by " + by, summary + "&by=" + by);
    }
    measure("trend of the year (12 months)", stats + "/api/stats/hotline/trend?period=" + year);
    measure("league of departments, year", stats + "/api/stats/hotline/league?period=" + year);
    measure(
        "league of districts, year",
        stats + "/api/stats/hotline/league?period=" + year + "&by=district");
    measure("hot spots of this week", stats + "/api/stats/hotline/hotspots");
    measure("mediation, year", stats + "/api/stats/mediation?period=" + year);
    measure("mediation by body, year", stats + "/api/stats/mediation?period=" + year + "&by=body");
  }

  private void measure(String label, String url) throws Exception {
    long end = System.nanoTime() + WARM_UP.toNanos();
    while (System.nanoTime() < end) {
      manager.get(url);
    }
    List<LatencyRecorder> recorders = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long stop = System.nanoTime() + MEASURE.toNanos();
    for (int t = 0; t < THREADS; t++) {
      LatencyRecorder recorder = new LatencyRecorder();
      recorders.add(recorder);
      Thread thread =
          new Thread(
              () -> {
                while (System.nanoTime() < stop) {
                  long sent = System.nanoTime();
                  try {
                    manager.get(url);
                  } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                  }
                  recorder.record(System.nanoTime() - sent);
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    LatencySummary latencies = LatencyRecorder.merge(recorders).summarize();
    out.printf(
        "%-40s %,8d %8.2f %8.2f %8.2f %,9.0f%n",
        label,
        latencies.count(),
        latencies.p50() / 1e6,
        latencies.p99() / 1e6,
        latencies.max() / 1e6,
        latencies.count() / (double) MEASURE.toSeconds());
  }
}
