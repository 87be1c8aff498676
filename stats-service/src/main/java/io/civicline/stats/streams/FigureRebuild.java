package io.civicline.stats.streams;

import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
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
      ReplayProgress progress = new ReplayProgress(admin, PATIENCE);
      Map<TopicPartition, Long> ends = progress.endOffsets(EVENT_TOPICS);
      RawScan raw = RawScan.of(kafka.buildConsumerProperties(), ends);
      out.printf(
          "raw consumer:  %,d events in %.2f s = %,.0f events/s%n",
          raw.events(), raw.seconds(), raw.eventsPerSecond());

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
        progress.awaitReplayed(applicationId, ends);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
            "rebuild:       %,d events in %.2f s = %,.0f events/s (%.2f of the raw consumer)%n",
            raw.events(),
            seconds,
            raw.events() / seconds,
            (raw.events() / seconds) / raw.eventsPerSecond());
        return new RebuiltFiguresCheck(kafka.buildConsumerProperties(), live, out)
            .matches(applicationId);
      }
    }
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
}
