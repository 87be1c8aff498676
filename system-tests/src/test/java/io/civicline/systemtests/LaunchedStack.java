package io.civicline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.events.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The whole stack started as a user starts it ({@code java -jar local-stack/target/local-stack.jar
 * --no-build}, what {@code ./run.sh --no-build} runs) on free ports, for the system tests. Needs
 * the three service jars: {@code ./mvnw -DskipTests install}. Closing it stops the launcher like
 * Ctrl-C.
 */
final class StackUnderTest implements AutoCloseable {

  static final Path MODULE =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

  /** The reactor root; {@code -Dlocalstack.project-dir=...} points the test at another build. */
  static final Path PROJECT =
      Path.of(System.getProperty("localstack.project-dir", MODULE.getParent().toString()))
          .toAbsolutePath()
          .normalize();

  /** The services whose logs must stay free of ERROR lines. */
  static final List<String> SERVICES = List.of(FakeServiceJars.SERVICES);

  final int kafka = FreePorts.next();
  final int kafkaController = FreePorts.next();
  final int mongo = FreePorts.next();
  final int hotline = FreePorts.next();
  final int mediation = FreePorts.next();
  final int stats = FreePorts.next();

  private Path data;
  private LauncherProcess launcher;

  /** The launcher jar and the service jars it starts, failing with what to build if missing. */
  static Path launcherJar() {
    Path jar = MODULE.resolve("target").resolve("local-stack.jar");
    assertThat(jar).as("the launcher jar (mvn package)").isRegularFile();
    for (String service : FakeServiceJars.SERVICES) {
      assertThat(PROJECT.resolve(service).resolve("target").resolve(service + ".jar"))
          .as("%s is not built: run ./mvnw -DskipTests install first", service)
          .isRegularFile();
    }
    return jar;
  }

  /** Starts the stack over {@code data} and waits until it says it is ready; returns the time. */
  Duration start(Path data) {
    return start(data, Map.of());
  }

  /** As {@link #start(Path)}, with {@code environment} added for the launcher and its children. */
  Duration start(Path data, Map<String, String> environment) {
    this.data = data;
    long started = System.nanoTime();
    launcher = LauncherProcess.start(command(data), environment);
    launcher.awaitLine(LocalStack.READY_LINE, Duration.ofSeconds(300));
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** The command that starts a launcher on this stack's ports over {@code dataDir}. */
  List<String> command(Path dataDir) {
    List<String> command = new ArrayList<>();
    command.add(JavaCommand.java());
    command.add("-jar");
    command.add(launcherJar().toString());
    command.add("--no-build");
    command.add("--project-dir=" + PROJECT);
    command.add("--data=" + dataDir);
    command.add("--startup-timeout=240");
    command.add("--kafka-port=" + kafka);
    command.add("--kafka-controller-port=" + kafkaController);
    command.add("--mongo-port=" + mongo);
    command.add("--hotline-port=" + hotline);
    command.add("--mediation-port=" + mediation);
    command.add("--stats-port=" + stats);
    return command;
  }

  LauncherProcess launcher() {
    return launcher;
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
    return data.resolve("logs");
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
  public void close() throws InterruptedException {
    if (launcher != null && launcher.process().isAlive()) {
      launcher.sigterm();
      launcher.awaitExit(Duration.ofSeconds(120));
    }
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
