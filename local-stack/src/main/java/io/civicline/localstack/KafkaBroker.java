package io.civicline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.common.Uuid;

/**
 * A single-node Apache Kafka cluster in KRaft mode (broker and controller in one JVM) from the
 * Maven Central jars. Its folder is formatted once; later starts find their records again.
 */
public final class KafkaBroker {

  public static final String NAME = "kafka";

  private final Path dir;
  private final String bindAddress;
  private final String advertisedAddress;
  private final String localAddress;
  private final int port;
  private final int controllerPort;
  private final Path log;

  /**
   * A broker listening on {@code bindAddress}, known to its clients as {@code advertisedAddress},
   * reached from this machine at {@code localAddress}. The controller listens on 127.0.0.1 only.
   */
  KafkaBroker(
      Path dir,
      String bindAddress,
      String advertisedAddress,
      String localAddress,
      int port,
      int controllerPort,
      Path log) {
    this.dir = dir.toAbsolutePath();
    this.bindAddress = bindAddress;
    this.advertisedAddress = advertisedAddress;
    this.localAddress = localAddress;
    this.port = port;
    this.controllerPort = controllerPort;
    this.log = log;
  }

  static KafkaBroker of(StackOptions options, Path log) {
    return new KafkaBroker(
        options.data().resolve("kafka"),
        options.bindAddress(),
        options.advertisedAddress(),
        options.localAddress(),
        options.kafkaPort(),
        options.kafkaControllerPort(),
        log);
  }

  String bootstrapServers() {
    return localAddress + ":" + port;
  }

  /** Writes server.properties and formats the log folder if this is the first start. */
  void prepare() {
    try {
      Files.createDirectories(dir);
      Files.writeString(serverProperties(), serverPropertiesText(), StandardCharsets.UTF_8);
      if (!Files.exists(logDirs().resolve("meta.properties"))) {
        format();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ChildProcess start() {
    List<String> command =
        JavaCommand.ofMainClass(
            List.of(
                JavaCommand.THROUGHPUT_COLLECTOR,
                "-Xmx1g",
                "-Dlog4j2.configurationFile=log4j2-kafka.xml",
                "-Djava.awt.headless=true"),
            KafkaBrokerMain.class.getName(),
            serverProperties().toString());
    return ChildProcess.start(NAME, command, dir, log);
  }

  /** Waits until the broker accepts connections; fails when the child ends first. */
  void awaitListening(ChildProcess child, Duration timeout) {
    Ports.awaitListening(child, localAddress, port, timeout);
  }

  private void format() throws IOException {
    List<String> command =
        JavaCommand.ofMainClass(
            List.of("-Dlog4j2.configurationFile=log4j2-kafka.xml"),
            kafka.tools.StorageTool.class.getName(),
            "format",
            "--standalone",
            "-t",
            Uuid.randomUuid().toString(),
            "-c",
            serverProperties().toString());
    ChildProcess formatting = ChildProcess.start(NAME + "-format", command, dir, log);
    try {
      if (!formatting.process().waitFor(120, TimeUnit.SECONDS)) {
        formatting.stop(5);
        throw new IllegalStateException("Formatting the Kafka storage took too long; see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while formatting the Kafka storage", e);
    }
    if (formatting.process().exitValue() != 0) {
      throw new IllegalStateException(
          "Formatting the Kafka storage failed (exit "
              + formatting.process().exitValue()
              + "):\n"
              + String.join("\n", formatting.lastLogLines(20)));
    }
  }

  private Path serverProperties() {
    return dir.resolve("server.properties");
  }

  private Path logDirs() {
    return dir.resolve("logs");
  }

  private String serverPropertiesText() {
    String controller = "127.0.0.1:" + controllerPort;
    Map<String, String> settings =
        new LinkedHashMap<>(
            Map.of(
                "process.roles",
                "broker,controller",
                "node.id",
                "1",
                "controller.quorum.bootstrap.servers",
                controller,
                "listeners",
                "PLAINTEXT://" + bindAddress + ":" + port + ",CONTROLLER://" + controller,
                "advertised.listeners",
                "PLAINTEXT://" + advertisedAddress + ":" + port,
                "controller.listener.names",
                "CONTROLLER",
                "listener.security.protocol.map",
                "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs",
                logDirs().toString()));
    // One broker: every internal topic and every default must do with one replica.
    settings.put("offsets.topic.replication.factor", "1");
    settings.put("transaction.state.log.replication.factor", "1");
    settings.put("transaction.state.log.min.isr", "1");
    settings.put("share.coordinator.state.topic.replication.factor", "1");
    settings.put("share.coordinator.state.topic.min.isr", "1");
    settings.put("default.replication.factor", "1");
    settings.put("min.insync.replicas", "1");
    settings.put("group.initial.rebalance.delay.ms", "0");
    // Every topic is created on purpose, with its partitions and settings: the event topics by
    // EventTopics, Kafka Streams' internal topics by Kafka Streams. A client that merely asks for
    // a topic's metadata (a consumer's default allow.auto.create.topics=true) must not create it
    // with the broker's defaults (one partition, no compaction) before its owner does.
    settings.put("auto.create.topics.enable", "false");
    return "# Written by the civicline local stack at every start.\n"
        + settings.entrySet().stream()
            .map(setting -> setting.getKey() + "=" + setting.getValue())
            .collect(Collectors.joining("\n", "", "\n"));
  }
}
