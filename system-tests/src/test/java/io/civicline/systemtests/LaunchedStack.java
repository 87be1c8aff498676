package io.civicline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.events.Topics;
import io.civicline.localstack.LauncherProcess;
import io.civicline.perf.StackPorts;
import io.civicline.perf.StackUnderTest;
import io.civicline.perf.bench.ServiceJars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The whole stack for a system test: a {@link StackUnderTest} on free ports over the jars of this
 * build, with what the tests read from it (the broker, the logs). Closing it stops the launcher
 * like Ctrl-C.
 */
final class LaunchedStack implements AutoCloseable {

  static final Path MODULE =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

  /** The reactor root; {@code -Dlocalstack.project-dir=...} points the test at another build. */
  static final Path PROJECT =
      Path.of(System.getProperty("localstack.project-dir", MODULE.getParent().toString()))
          .toAbsolutePath()
          .normalize();

  /** The services whose logs must stay free of ERROR lines. */
  static final List<String> SERVICES = ServiceJars.SERVICES;

  /** stats-service's Kafka Streams application id (its application.yml): its consumer group. */
  static final String STATS_APPLICATION_ID = statsApplicationId();

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);

  private final StackPorts ports = StackPorts.free();
  final int kafka = ports.kafka();
  final int mongo = ports.mongo();
  final int hotline = ports.hotline();
  final int mediation = ports.mediation();
  final int stats = ports.stats();

  private final StackUnderTest stack =
      new StackUnderTest(
          launcherJar(), PROJECT, ports, line -> System.out.println("[launcher] " + line));

  /** The launcher jar, failing with what to build if it or a service jar is missing. */
  private static Path launcherJar() {
    Path jar = StackUnderTest.launcherJar(PROJECT);
    assertThat(jar).as("the launcher jar (./mvnw -DskipTests package)").isRegularFile();
    assertThat(ServiceJars.firstMissing(PROJECT))
        .as("a service jar is missing: run ./mvnw -DskipTests package first")
        .isNull();
    return jar;
  }

  private static String statsApplicationId() {
    Path yaml = PROJECT.resolve("stats-service/src/main/resources/application.yml");
    try {
      Matcher id = Pattern.compile("application-id: *(\\S+)").matcher(Files.readString(yaml));
      assertThat(id.find()).as("the application id in %s", yaml).isTrue();
      return id.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the stack over {@code data} and waits until it says it is ready; returns the time. */
  Duration start(Path data) {
    return start(data, Map.of());
  }

  /** As {@link #start(Path)}, with {@code environment} added for the launcher and its children. */
  Duration start(Path data, Map<String, String> environment) {
    long started = System.nanoTime();
    stack.start(data, STARTUP_TIMEOUT, List.of(), environment);
    stack.awaitReady(Duration.ofSeconds(300));
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** The command that starts a launcher on this stack's ports over {@code dataDir}. */
  List<String> command(Path dataDir) {
    return stack.command(dataDir, STARTUP_TIMEOUT, List.of());
  }

  LauncherProcess launcher() {
    return stack.launcher();
  }

  List<Integer> ports() {
    return List.of(kafka, mongo, hotline, mediation, stats);
  }

  List<String> bootstrapServers() {
    return List.of("127.0.0.1:" + kafka);
  }

  KafkaProducer<String, byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            "127.0.0.1:" + kafka,
            ProducerConfig.ACKS_CONFIG,
            "all"),
        new StringSerializer(),
        new ByteArraySerializer());
  }

  /** Where the launcher writes the children's logs: {@code <data>/logs/<name>.log}. */
  Path logs() {
    return stack.logs();
  }

  /**
   * The lines of the named logs ({@code hotline-service}, {@code kafka}, ...) logged at {@code
   * level} ({@code ERROR}, {@code WARN}, ...), each prefixed with its log's name.
   */
  List<String> logLines(List<String> names, String level) throws IOException {
    List<String> found = new ArrayList<>();
    for (String name : names) {
      Path log = logs().resolve(name + ".log");
      new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> line.contains(" " + level + " "))
          .forEach(line -> found.add(name + ": " + line));
    }
    return found;
  }

  /**
   * True for a line of {@link #logLines} that spring-kafka's LoggingProducerListener logs, at
   * ERROR, for each send that failed: while the broker is down, an outbox relay's sends fail and
   * its sweep sends them again later.
   */
  static boolean isFailedSendWhileTheBrokerWasDown(String line) {
    return line.contains("LoggingProducerListener")
        && line.contains("Exception thrown when sending a message");
  }

  /**
   * True for Kafka Streams' own ERROR line when stats-service replaces a stream thread that died
   * (stats-service itself logs a single death at WARN, a streak at ERROR): a broker killed in the
   * middle of a transaction can end a thread, and exactly-once keeps the figures right.
   */
  static boolean isStreamThreadReplaced(String line) {
    return line.startsWith("stats-service:")
        && line.contains("Replacing thread in the streams uncaught exception handler");
  }

  /** Stops a launcher still running, as Ctrl-C does. */
  @Override
  public void close() {
    stack.close();
  }

  /** Waits until the group's committed offsets reach the end of every partition of the topic. */
  void awaitConsumed(String topic, String group, Duration patience) {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", bootstrapServers())))) {
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (int partition = 0; partition < Topics.PARTITIONS; partition++) {
        latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
      }
      await(group + " has consumed " + topic)
          .atMost(patience)
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                return admin.listOffsets(latest).all().get().entrySet().stream()
                    .allMatch(
                        end -> {
                          OffsetAndMetadata at = committed.get(end.getKey());
                          return end.getValue().offset() == 0
                              || (at != null && at.offset() >= end.getValue().offset());
                        });
              });
    }
  }
}
