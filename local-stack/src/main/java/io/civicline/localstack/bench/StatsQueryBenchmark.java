package io.civicline.localstack.bench;

import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.ReferenceData;
import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketSnapshot;
import io.civicline.events.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The stats query benchmark ({@code ./bench.sh stats}): fills stats-service of a running stack with
 * {@code --cases} tickets of one year (events produced straight onto the ticket topic, ids derived
 * from the year so that a second run adds nothing), waits until the figures show them all, then
 * queries the year's summary and its breakdown by district from several threads, and prints the
 * latencies it measured.
 */
public final class StatsQueryBenchmark {

  private static final Pattern RECEIVED = Pattern.compile("\"received\":(\\d+)");
  private static final Duration WARM_UP = Duration.ofSeconds(10);
  private static final Duration MEASURE = Duration.ofSeconds(30);
  private static final int THREADS = 4;

  private final PrintStream out;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String authorization =
      "Basic "
          + Base64.getEncoder().encodeToString("manager:manager".getBytes(StandardCharsets.UTF_8));

  StatsQueryBenchmark(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options =
        NamedArguments.parseOrExit(
            args,
            "Usage: ./bench.sh stats [--cases=1000000] [--year=2025]"
                + " [--stats=http://127.0.0.1:8083] [--bootstrap=127.0.0.1:9092]");
    new StatsQueryBenchmark(System.out)
        .run(
            Integer.parseInt(options.getOrDefault("cases", "1000000")),
            Integer.parseInt(options.getOrDefault("year", "2025")),
            options.getOrDefault("stats", "http://127.0.0.1:8083"),
            options.getOrDefault("bootstrap", "127.0.0.1:9092"));
  }

  void run(int cases, int year, String stats, String bootstrap) throws Exception {
    out.println("stats query benchmark, " + MachineFacts.describe());
    String summary = stats + "/api/stats/hotline?period=" + year;
    long before = received(summary);
    long started = System.nanoTime();
    fill(cases, year, bootstrap);
    double produced = (System.nanoTime() - started) / 1e9;
    out.printf("produced %,d ticket events in %.1f s%n", cases, produced);
    while (received(summary) < cases) {
      Thread.sleep(1_000);
    }
    double counted = (System.nanoTime() - started) / 1e9;
    out.printf(
        "the figures show all %,d tickets %.1f s after the first was produced (%,.0f events/s;"
            + " %,d were there before)%n",
        cases, counted, cases / counted, before);
    out.printf(
        "%-40s %8s %8s %8s %8s %9s%n", "query", "requests", "p50 ms", "p99 ms", "max ms", "per s");
    measure("summary of the year", summary);
    measure("year by district", summary + "&by=district");
    measure("trend of the year (12 months)", stats + "/api/stats/hotline/trend?period=" + year);
  }

  /** One RECEIVED ticket event per case, spread over the year's days, districts and channels. */
  private void fill(int cases, int year, String bootstrap) {
    ReferenceData reference = ReferenceData.defaults();
    ZoneId zone = ZoneId.of(reference.city().zone());
    List<String> districts = reference.districts().stream().map(ReferenceData.Code::code).toList();
    List<String> channels = reference.channels().stream().map(ReferenceData.Code::code).toList();
    List<String> categories =
        reference.ticketCategories().stream().map(ReferenceData.Code::code).toList();
    String type = TicketEventType.RECEIVED.cloudEventType();
    LocalDate first = LocalDate.of(year, 1, 1);
    int days = first.lengthOfYear();
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                20,
                ProducerConfig.BATCH_SIZE_CONFIG,
                256 * 1024),
            new StringSerializer(),
            new ByteArraySerializer())) {
      for (int i = 0; i < cases; i++) {
        Instant at =
            first.plusDays(i % days).atTime(9, 0).atZone(zone).toInstant().plusSeconds(i % 30_000);
        String id = "bench-" + year + "-" + i;
        TicketSnapshot snapshot =
            TicketSnapshot.received(
                "12345-%d-%06d".formatted(year, i),
                "RECEIVED",
                channels.get(i % channels.size()),
                categories.get((i / 7) % categories.size()),
                districts.get((i / 3) % districts.size()),
                "NORMAL",
                at);
        TicketEvent event = new TicketEvent(type, id + "-1", id, 1, at, snapshot);
        producer.send(
            KafkaCloudEvents.toRecord(
                Topics.TICKET_EVENTS,
                new CloudEvent(event.eventId(), "/bench", type, id, at, EventJson.write(event))));
      }
    }
  }

  private void measure(String label, String url) throws Exception {
    long end = System.nanoTime() + WARM_UP.toNanos();
    while (System.nanoTime() < end) {
      get(url);
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
                    get(url);
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

  private long received(String summary) throws IOException, InterruptedException {
    Matcher matcher = RECEIVED.matcher(get(summary));
    return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
  }

  private String get(String url) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
