package io.civicline.perf.bench;

import io.civicline.perf.Arguments;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

  private static final Pattern RECEIVED = Pattern.compile("\"received\":(\\d+)");

  /**
   * Senders of the scheduled creates, as many as the create benchmark's open loop uses: at 500/s a
   * sender is free again within 64 ms, so the rare slow answer does not hold the schedule back.
   */
  private static final int CONNECTIONS = 32;

  private final PrintStream out;

  /** (nanoTime, received) of each hotline event of the stream, in arrival order. */
  private final List<long[]> counts = new ArrayList<>();

  FreshnessBenchmark(PrintStream out) {
    this.out = out;
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
    listen(stats + "/api/stats/stream?period=" + LocalDate.now(ZoneId.of("Asia/Shanghai")));
    TicketApi api = new TicketApi(hotline, "agent", "agent");
    offer(api, rate, warmUp);
    long settled = awaitQuiet();
    long baseline = latestCount();
    out.printf(
        "warmed up for %d s at %d/s; %,d received today%n", warmUp.toSeconds(), rate, baseline);
    Offered offered;
    double seconds;
    long events;
    try (TicketEventTopic ticketEvents = new TicketEventTopic(bootstrap)) {
      long eventsBefore = ticketEvents.end();
      long started = System.nanoTime();
      offered = offer(api, rate, measure);
      seconds = (System.nanoTime() - started) / 1e9;
      awaitCount(baseline + offered.answeredAt.length, Duration.ofSeconds(60));
      events = ticketEvents.end() - eventsBefore;
    }
    long[] freshness = freshness(baseline, offered.answeredAt);
    Arrays.sort(freshness);
    LatencySummary fresh = LatencySummary.ofSorted(freshness);
    LatencySummary http = offered.latencies.summarize();
    out.printf(
        "offered %d/s for %d s: %,d created (%,.0f/s), %d not created; settled after warm-up in"
            + " %d ms%n",
        rate,
        measure.toSeconds(),
        offered.answeredAt.length,
        offered.answeredAt.length / seconds,
        offered.failed,
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

  private record Offered(long[] answeredAt, LatencyRecorder latencies, long failed) {}

  /** Creates at {@code rate} for {@code duration}; returns each 201's time, sorted. */
  private Offered offer(TicketApi api, int rate, Duration duration) {
    long total = rate * duration.toSeconds();
    long start = System.nanoTime();
    AtomicLong next = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ConcurrentLinkedQueue<Long> answered = new ConcurrentLinkedQueue<>();
    List<LatencyRecorder> recorders = new ArrayList<>();
    for (int i = 0; i < CONNECTIONS; i++) {
      recorders.add(new LatencyRecorder());
    }
    LoadThreads.runAll(
        "freshness",
        CONNECTIONS,
        i ->
            () -> {
              long slot;
              while ((slot = next.getAndIncrement()) < total) {
                long due = start + slot * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                  try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                  } catch (InterruptedException e) {
                    return;
                  }
                }
                try {
                  int status = api.create();
                  long now = System.nanoTime();
                  if (status == TicketApi.CREATED) {
                    answered.add(now);
                    recorders.get(i).record(now - due);
                  } else {
                    failed.incrementAndGet();
                  }
                } catch (IOException e) {
                  failed.incrementAndGet();
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    long[] times = answered.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Offered(times, LatencyRecorder.merge(recorders), failed.get());
  }

  /**
   * For the n-th ticket answered: the first count event at or above baseline + n, minus its 201.
   */
  private long[] freshness(long baseline, long[] answeredAt) {
    List<long[]> events;
    synchronized (counts) {
      events = new ArrayList<>(counts);
    }
    long[] result = new long[answeredAt.length];
    int e = 0;
    for (int n = 0; n < answeredAt.length; n++) {
      long needed = baseline + n + 1;
      while (e < events.size() && events.get(e)[1] < needed) {
        e++;
      }
      result[n] =
          e < events.size() ? Math.max(0, events.get(e)[0] - answeredAt[n]) : Long.MAX_VALUE;
    }
    return result;
  }

  /** Follows the stream on a daemon thread, keeping each hotline event's time and count. */
  private void listen(String url) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", BasicAuth.header("manager", "manager"))
            .header("Accept", "text/event-stream")
            .GET()
            .build();
    Thread listener =
        new Thread(
            () -> {
              try {
                Stream<String> lines =
                    client.send(request, HttpResponse.BodyHandlers.ofLines()).body();
                String[] event = {""};
                lines.forEach(
                    line -> {
                      if (line.startsWith("event:")) {
                        event[0] = line.substring(6).strip();
                      } else if (line.startsWith("data:") && event[0].equals("hotline")) {
                        Matcher matcher = RECEIVED.matcher(line);
                        if (matcher.find()) {
                          synchronized (counts) {
                            counts.add(
                                new long[] {System.nanoTime(), Long.parseLong(matcher.group(1))});
                          }
                        }
                      }
                    });
              } catch (IOException | InterruptedException e) {
                out.println("the stream ended: " + e);
              }
            },
            "figure-stream");
    listener.setDaemon(true);
    listener.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (latestCount() < 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no figures on " + url + " within 30 s");
      }
      Thread.sleep(50);
    }
  }

  private long latestCount() {
    synchronized (counts) {
      return counts.isEmpty() ? -1 : counts.get(counts.size() - 1)[1];
    }
  }

  /** Waits until the count has not moved for 2 s; returns how long that took, in ms. */
  private long awaitQuiet() throws InterruptedException {
    long started = System.nanoTime();
    long last = latestCount();
    long stableSince = System.nanoTime();
    while (System.nanoTime() - stableSince < 2_000_000_000L) {
      Thread.sleep(100);
      long now = latestCount();
      if (now != last) {
        last = now;
        stableSince = System.nanoTime();
      }
    }
    return (System.nanoTime() - started) / 1_000_000;
  }

  private void awaitCount(long count, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (latestCount() < count && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }
}
