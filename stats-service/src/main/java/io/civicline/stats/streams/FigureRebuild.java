package io.civicline.stats.streams;

import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationContext;

/**
 * Replays both event topics into fresh figures under a new application id and checks them against
 * the live ones. It measures the raw consumer on the same topics first, so that the rebuild's speed
 * reads against the machine's limit, then runs the topology until the new application has committed
 * every event that was there at the start. The new application's topics are kept: restarting
 * stats-service with its id switches to the rebuilt figures.
 */
public final class FigureRebuild {

  private static final Duration PATIENCE = Duration.ofMinutes(30);
  private static final Duration CONVERGENCE = Duration.ofSeconds(30);

  /**
   * Longer than the live service's: each commit writes every counter changed since the last one,
   * and nobody reads the new figures before the rebuild ends, so committing seldom saves rewriting
   * the same counters many times; a failure replays at most this much.
   */
  private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);

  private static final List<String> EVENT_TOPICS =
      List.of(StatsTopology.TICKET_EVENTS, StatsTopology.CASE_EVENTS);

  private final KafkaProperties kafka;
  private final HotlineFigures hotline;
  private final MediationFigures mediation;
  private final FigureCounts live;
  private final PrintStream out;

  FigureRebuild(
      KafkaProperties kafka,
      HotlineFigures hotline,
      MediationFigures mediation,
      FigureCounts live,
      PrintStream out) {
    this.kafka = kafka;
    this.hotline = hotline;
    this.mediation = mediation;
    this.live = live;
    this.out = out;
  }

  /**
   * Runs a rebuild with the beans of {@code context} (whose own stream must not run), into the
   * application id of {@code civicline.stats.rebuild.application-id} or a new one named after the
   * live id and the time; returns the process exit code: 0 when the figures are identical.
   */
  public static int run(ApplicationContext context, PrintStream out) throws Exception {
    KafkaProperties kafka = context.getBean(KafkaProperties.class);
    String into =
        context
            .getEnvironment()
            .getProperty(
                "civicline.stats.rebuild.application-id",
                newApplicationId(kafka.getStreams().getApplicationId()));
    FigureRebuild rebuild =
        new FigureRebuild(
            kafka,
            context.getBean(HotlineFigures.class),
            context.getBean(MediationFigures.class),
            context.getBean(FigureCounts.class),
            out);
    return rebuild.run(into) ? 0 : 1;
  }

  /** The application id a rebuild started now gets, unless one is given. */
  static String newApplicationId(String liveId) {
    return liveId
        + "-rebuild-"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
  }

  /**
   * Rebuilds into {@code applicationId}; returns true when the rebuilt figures equal the live ones.
   */
  boolean run(String applicationId) throws Exception {
    String liveId = kafka.getStreams().getApplicationId();
    out.printf("rebuilding the figures of %s into %s%n", liveId, applicationId);
    try (Admin admin = Admin.create(kafka.buildAdminProperties())) {
      awaitLiveFigures();
      Map<TopicPartition, Long> ends = endOffsets(admin, EVENT_TOPICS);
      RawScan raw = scan(ends);
      out.printf(
          "raw consumer:  %,d events in %.2f s = %,.0f events/s%n",
          raw.events(), raw.seconds(), raw.events() / raw.seconds());

      Path stateDir = Files.createTempDirectory("stats-rebuild-");
      Properties config = new Properties();
      config.putAll(kafka.buildStreamsProperties());
      config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
      config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
      config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL.toMillis());
      long started = System.nanoTime();
      try (KafkaStreams streams =
          new KafkaStreams(StatsTopology.build(hotline, mediation, config), config)) {
        streams.start();
        awaitReplayed(admin, applicationId, ends);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
            "rebuild:       %,d events in %.2f s = %,.0f events/s (%.2f of the raw consumer)%n",
            raw.events(),
            seconds,
            raw.events() / seconds,
            (raw.events() / seconds) / (raw.events() / raw.seconds()));
        return compare(applicationId);
      }
    }
  }

  private record RawScan(long events, double seconds) {}

  /** Reads every committed event up to {@code ends}, as fast as a bare consumer can. */
  private RawScan scan(Map<TopicPartition, Long> ends) {
    Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.put(
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.name().toLowerCase());
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    long events = 0;
    long started = System.nanoTime();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(ends.keySet());
      consumer.seekToBeginning(ends.keySet());
      while (ends.entrySet().stream()
          .anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
        events += records.count();
      }
    }
    return new RawScan(events, Math.max((System.nanoTime() - started) / 1e9, 1e-3));
  }

  /**
   * Waits until the live figures, which the rebuilt ones are compared with, have been read: reading
   * them takes a core for a while, which would otherwise be taken from the raw scan and the
   * rebuild.
   */
  private void awaitLiveFigures() throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!live.isCaughtUp()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the live figures were not read within " + PATIENCE);
      }
      Thread.sleep(100);
    }
  }

  /**
   * Waits until the new application has committed every input offset of {@code ends}: by then each
   * event is in its figures, written in the same transactions.
   */
  private void awaitReplayed(Admin admin, String applicationId, Map<TopicPartition, Long> ends)
      throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
      if (reached(committed, ends)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the rebuild did not finish within " + PATIENCE);
  }

  private static boolean reached(
      Map<TopicPartition, OffsetAndMetadata> committed, Map<TopicPartition, Long> targets) {
    return targets.entrySet().stream()
        .allMatch(
            target ->
                target.getValue() == 0
                    || (committed.get(target.getKey()) != null
                        && committed.get(target.getKey()).offset() >= target.getValue()));
  }

  /**
   * Compares every counter of the rebuilt figures with the live ones (a counter absent on one side
   * is 0 there), retrying for a while since the live figures may still be taking events.
   */
  private boolean compare(String applicationId) throws InterruptedException {
    FigureReplica rebuilt =
        new FigureReplica(kafka.buildConsumerProperties(), applicationId, new FigureChanges());
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

  private static Map<TopicPartition, Long> endOffsets(Admin admin, List<String> topics)
      throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    admin
        .describeTopics(topics)
        .allTopicNames()
        .get()
        .forEach(
            (topic, description) ->
                description
                    .partitions()
                    .forEach(
                        p ->
                            latest.put(
                                new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
    Map<TopicPartition, Long> ends = new HashMap<>();
    admin
        .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
        .all()
        .get()
        .forEach((partition, info) -> ends.put(partition, info.offset()));
    return ends;
  }
}
