package io.civicline.perf.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scale benchmark's table: each read, the creates and the watchers' rounds against the bar. */
final class ScaleReport {

  static final Duration READ_BAR = Duration.ofMillis(50);
  static final Duration CREATE_BAR = Duration.ofMillis(100);

  /** The watchers' rounds, by the {@code round} tag service-kit's DeadlineWatch gives them. */
  private static final List<String> HOTLINE_ROUNDS = List.of("tickets overdue", "tickets at risk");

  private static final List<String> MEDIATION_ROUNDS = List.of("cases overdue");

  private ScaleReport() {}

  /** Every row of the table, in its order. */
  static List<ScaleRow> rows(ScaleMeasurement.Result result) {
    List<ScaleRow> rows = new ArrayList<>();
    for (ReadRounds.Timed read : result.reads()) {
      rows.add(ScaleRow.of(read.read().label(), read.latencies().summarize(), READ_BAR));
    }
    for (String round : HOTLINE_ROUNDS) {
      rows.add(
          ScaleRow.ofRounds("watcher round: " + round, result.hotlineRounds(), round, READ_BAR));
    }
    for (String round : MEDIATION_ROUNDS) {
      rows.add(
          ScaleRow.ofRounds("watcher round: " + round, result.mediationRounds(), round, READ_BAR));
    }
    rows.add(
        ScaleRow.of(
            "creates (POST /api/tickets, open loop)", result.creates().latency(), CREATE_BAR));
    return rows;
  }

  /** Every row under its bar, and the creates at the rate offered (99 % of it at least). */
  static boolean passes(ScaleMeasurement.Result result, int rate) {
    return rows(result).stream().allMatch(ScaleRow::passes)
        && result.creates().perSecond() >= 0.99 * rate;
  }

  static void print(
      PrintStream out,
      ScaleMeasurement.Result result,
      int rate,
      RawStoreProbe.Limits raw,
      long tickets,
      long cases) {
    out.println();
    out.println("Results (measured in this run; file backend)");
    out.println(ScaleRow.header());
    List<ScaleRow> rows = rows(result);
    rows.forEach(row -> out.println(row.format()));
    PhaseResult creates = result.creates();
    out.printf(
        Locale.ROOT,
        "creates: offered %d/s, achieved %,.1f/s, p99 %s; errors: %s%n",
        rate,
        creates.perSecond(),
        BenchmarkReport.millis(creates.latency().p99()),
        creates.describeFailures());
    out.printf(
        Locale.ROOT,
        "store's raw rate, same run: %,.0f inserts/s, %,.0f updates/s (MongoDB driver, database"
            + " '%s')%n",
        raw.inserts().perSecond(),
        raw.updates().perSecond(),
        RawStoreProbe.DATABASE);
    out.printf(Locale.ROOT, "documents in store: %,d tickets, %,d cases%n", tickets, cases);
    result
        .hotlineRounds()
        .marked()
        .forEach((round, n) -> out.printf(Locale.ROOT, "watcher %s: %,.0f marked%n", round, n));
    result
        .mediationRounds()
        .marked()
        .forEach((round, n) -> out.printf(Locale.ROOT, "watcher %s: %,.0f marked%n", round, n));
    for (ReadRounds.Timed read : result.reads()) {
      if (read.failures().total() > 0) {
        out.printf(
            "errors of %s: %s%n",
            read.read().label(), PhaseResult.describe(read.failures().snapshot()));
      }
    }
    out.println(
        "reads: one client, each in turn; a watcher's p50/p99 are the upper bounds of its"
            + " histogram bucket, its max the timer's recent one");
    out.println(
        passes(result, rate)
            ? "bar: PASS"
            : "bar: FAIL (a row over its bar, or creates short of 99 % of the rate offered)");
    out.println(MachineFacts.describe());
    out.printf(
        Locale.ROOT,
        "load:    %.2f (1-minute load average at the end)%n",
        MachineFacts.loadAverage());
  }
}
