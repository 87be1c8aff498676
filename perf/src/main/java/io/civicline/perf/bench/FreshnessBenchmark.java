package io.civicline.perf.bench;

import io.civicline.perf.Arguments;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

/**
 * The freshness benchmark: creates tickets through the hotline API at a fixed rate while listening
 * to stats-service's stream of today's figures ({@code GET /api/stats/stream}), and measures, for
 * each ticket, the time from its 201 to the first event whose {@code received} count includes it.
 * Tickets are matched to counts in the order of their 201s: the n-th ticket answered is taken as
 * counted once the count has risen by n, which holds up to the few milliseconds by which concurrent
 * creates may commit out of answer order. Warms up at the same rate first. Before that it measures
 * the broker's own limit ({@link BrokerLimit}) and compares the ticket events the creates produced
 * with it.
 */
public final class FreshnessBenchmark {

  private final PrintStream out;

  private final FigureStream stream;

  FreshnessBenchmark(PrintStream out) {
    this.out = out;
    this.stream = new FigureStream(out);
  }

  public static void main(String[] args) throws Exception {
    Arguments options =
        Arguments.parseOrExit(
            args,
            Arguments.withAddresses(
                Map.of(
                    "rate", "500",
                    "seconds", "60",
                    "warmup", "60",
                    "broker-records", "1000000",
                    "record-size", ""),
                "hotline",
                "stats",
                "bootstrap"),
            "Usage: ./bench.sh freshness [--rate=500] [--seconds=60] [--warmup=60]"
                + " [--hotline=http://127.0.0.1:8081] [--stats=http://127.0.0.1:8083]"
                + " [--bootstrap=127.0.0.1:9092] [--broker-records=1000000]"
                + " [--record-size=<bytes; default: the typical ticket event on the broker>]\n");
    String bootstrap = options.text("bootstrap");
    new FreshnessBenchmark(System.out)
        .run(
            options.number("rate", 1),
            options.seconds("seconds", 1),
            options.seconds("warmup", 0),
            options.text("hotline"),
            options.text("stats"),
            bootstrap,
            options.longNumber("broker-records", 1),
            RecordSize.choose(options, bootstrap));
    System.exit(0);
  }

  void run(
      int rate,
      Duration measure,
      Duration warmUp,
      String hotline,
      String stats,
      String bootstrap,
      long brokerRecords,
      RecordSize recordSize)
      throws Exception {
    out.println("freshness benchmark, " + MachineFacts.describe());
    BrokerLimit.Limits broker = BrokerLimit.measure(bootstrap, brokerRecords, recordSize);
    broker.print(out);
    stream.listen(stats + "/api/stats/stream?period=" + LocalDate.now(ZoneId.of("Asia/Shanghai")));
    TicketApi api = new TicketApi(hotline, "agent", "agent");
    ScheduledCreates.offer(api, rate, warmUp);
    long settled = stream.awaitQuiet();
    long baseline = stream.latestCount();
    out.printf(
        "warmed up for %d s at %d/s; %,d received today%n", warmUp.toSeconds(), rate, baseline);
    ScheduledCreates offered;
    double seconds;
    long events;
    try (TicketEventTopic ticketEvents = new TicketEventTopic(bootstrap)) {
      long eventsBefore = ticketEvents.end();
      long started = System.nanoTime();
      offered = ScheduledCreates.offer(api, rate, measure);
      seconds = (System.nanoTime() - started) / 1e9;
      stream.awaitCount(baseline + offered.answeredAt().length, Duration.ofSeconds(60));
      events = ticketEvents.end() - eventsBefore;
    }
    long[] freshness = stream.freshness(baseline, offered.answeredAt());
    Arrays.sort(freshness);
    LatencySummary fresh = LatencySummary.ofSorted(freshness);
    LatencySummary http = offered.latencies().summarize();
    out.printf(
        "offered %d/s for %d s: %,d created (%,.0f/s), %d not created; settled after warm-up in"
            + " %d ms%n",
        rate,
        measure.toSeconds(),
        offered.answeredAt().length,
        offered.answeredAt().length / seconds,
        offered.failed(),
        settled);
    out.printf(
        "ticket events they produced: %,d (%,.0f/s), %.2f %% of the broker's producer limit and"
            + " %.2f %% of its consumer limit above%n",
        events,
        events / seconds,
        100 * events / seconds / broker.producer().recordsPerSecond(),
        100 * events / seconds / broker.consumer().recordsPerSecond());
    out.printf("%-32s %8s %8s %8s%n", "", "p50 ms", "p99 ms", "max ms");
    out.printf(
        "%-32s %8.1f %8.1f %8.1f%n",
        "HTTP 201", http.p50() / 1e6, http.p99() / 1e6, http.max() / 1e6);
    out.printf(
        "%-32s %8.1f %8.1f %8.1f%n",
        "201 to the figure on the stream", fresh.p50() / 1e6, fresh.p99() / 1e6, fresh.max() / 1e6);
  }
}
