package io.civicline.perf.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints, as plain text, each phase's figures as they come and the table at the end. */
final class BenchmarkReport {

  private final PrintStream out;

  BenchmarkReport(PrintStream out) {
    this.out = out;
  }

  void header(BenchOptions options, String facts, double loadAverage) {
    out.println("civicline ticket-create benchmark");
    out.println(facts);
    out.printf(
        Locale.ROOT,
        "load:    %.2f (1-minute load average at start)%n"
            + "run:     backends %s; warm-up %d s (closed loop: until steady, at most %d s),"
            + " measured %d s per phase; concurrency %d;"
            + " open loop offered %d/s%n"
            + "         the stack (MongoDB-wire server, Kafka, 3 services) and this load generator"
            + " share the same cores%n",
        loadAverage,
        String.join(",", options.backends()),
        options.warmup().toSeconds(),
        options.maxWarmup().toSeconds(),
        options.measure().toSeconds(),
        options.concurrency(),
        options.rate());
  }

  void progress(String backend, String format, Object... args) {
    out.printf(Locale.ROOT, "[%s] %s%n", backend, String.format(Locale.ROOT, format, args));
    out.flush();
  }

  void raw(String backend, RawStoreProbe.Limits limits) {
    rawPhase(backend, "inserts", limits.inserts());
    rawPhase(backend, "updates", limits.updates());
  }

  private void rawPhase(String backend, String what, PhaseResult result) {
    progress(
        backend,
        "raw %s: %,.0f/s; p50 %s, p99 %s, max %s; failed: %s",
        what,
        result.perSecond(),
        millis(result.latency().p50()),
        millis(result.latency().p99()),
        millis(result.latency().max()),
        result.describeFailures());
    progress(backend, "  (%s)", result.note());
  }

  void closedLoop(String backend, PhaseResult result) {
    progress(
        backend,
        "closed loop: %,.0f creates/s (%,d 201s in %d s); p50 %s, p99 %s, max %s; non-201: %s",
        result.perSecond(),
        result.successes(),
        result.nanos() / 1_000_000_000L,
        millis(result.latency().p50()),
        millis(result.latency().p99()),
        millis(result.latency().max()),
        result.describeFailures());
    progress(backend, "  (%s)", result.note());
  }

  void openLoop(String backend, PhaseResult result) {
    progress(
        backend,
        "open loop: achieved %,.1f creates/s; p50 %s, p99 %s, max %s (from the scheduled time);"
            + " errors: %s",
        result.perSecond(),
        millis(result.latency().p50()),
        millis(result.latency().p99()),
        millis(result.latency().max()),
        result.describeFailures());
    progress(backend, "  (%s)", result.note());
  }

  void table(BenchOptions options, List<BackendResult> results, double loadAverage) {
    out.println();
    out.println("Results (measured in this run)");
    String closed = String.format(Locale.ROOT, "creates/s (max, c=%d)", options.concurrency());
    String open = String.format(Locale.ROOT, "offered %d/s: achieved", options.rate());
    out.printf(
        Locale.ROOT,
        "%-8s %14s %14s %22s %7s %9s %9s %8s | %23s %9s %9s %9s %7s%n",
        "backend",
        "raw inserts/s",
        "raw updates/s",
        closed,
        "of raw",
        "p50",
        "p99",
        "non-201",
        open,
        "p50",
        "p99",
        "max",
        "errors");
    for (BackendResult result : results) {
      out.println(row(result));
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%d cores, Java %s; warm-up %d s (closed loop: until steady, at most %d s), measured %d s"
            + " per phase; 1-minute load average %.2f at the end%n",
        MachineFacts.cores(),
        System.getProperty("java.version"),
        options.warmup().toSeconds(),
        options.maxWarmup().toSeconds(),
        options.measure().toSeconds(),
        loadAverage);
    out.println(
        "creates/s and latencies count 201 responses only; latency of the open loop runs from each"
            + " request's scheduled time.");
    out.println(
        "of raw: creates/s over the storage's limit for creates, one over (1/inserts +"
            + " 1/updates), as a create is one insert and one update (the outbox removal).");
  }

  private static String row(BackendResult result) {
    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-8s", result.backend()));
    PhaseResult inserts = result.rawInserts();
    PhaseResult updates = result.rawUpdates();
    row.append(
        String.format(Locale.ROOT, " %14s", inserts == null ? "-" : rate(inserts.perSecond())));
    row.append(
        String.format(Locale.ROOT, " %14s", updates == null ? "-" : rate(updates.perSecond())));
    PhaseResult closed = result.closedLoop();
    if (closed == null) {
      row.append(String.format(Locale.ROOT, " %22s %7s %9s %9s %8s", "-", "-", "-", "-", "-"));
    } else {
      row.append(
          String.format(
              Locale.ROOT,
              " %22s %7s %9s %9s %8d",
              rate(closed.perSecond()),
              ofRaw(closed, inserts, updates),
              millis(closed.latency().p50()),
              millis(closed.latency().p99()),
              closed.failureCount()));
    }
    row.append(" |");
    PhaseResult open = result.openLoop();
    if (open == null) {
      row.append(String.format(Locale.ROOT, " %23s %9s %9s %9s %7s", "-", "-", "-", "-", "-"));
    } else {
      row.append(
          String.format(
              Locale.ROOT,
              " %21.1f/s %9s %9s %9s %7d",
              open.perSecond(),
              millis(open.latency().p50()),
              millis(open.latency().p99()),
              millis(open.latency().max()),
              open.failureCount()));
    }
    if (!result.succeeded()) {
      row.append("  FAILED: ").append(result.failure());
    }
    return row.toString();
  }

  /**
   * A create's share of the storage's limit: it costs one insert and one update, so the limit for
   * creates is one over (1/inserts + 1/updates).
   */
  private static String ofRaw(PhaseResult creates, PhaseResult inserts, PhaseResult updates) {
    if (inserts == null
        || updates == null
        || inserts.perSecond() <= 0
        || updates.perSecond() <= 0) {
      return "-";
    }
    double limit = 1 / (1 / inserts.perSecond() + 1 / updates.perSecond());
    return String.format(Locale.ROOT, "%.2f", creates.perSecond() / limit);
  }

  private static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  /** Nanoseconds as milliseconds, e.g. {@code 0.84 ms}, {@code 12.3 ms}, {@code 1234 ms}. */
  static String millis(long nanos) {
    double ms = nanos / 1_000_000.0;
    if (ms < 10) {
      return String.format(Locale.ROOT, "%.2f ms", ms);
    }
    if (ms < 1000) {
      return String.format(Locale.ROOT, "%.1f ms", ms);
    }
    return String.format(Locale.ROOT, "%.0f ms", ms);
  }
}
