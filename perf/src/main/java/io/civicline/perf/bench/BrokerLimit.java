package io.civicline.perf.bench;

import io.civicline.events.Topics;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.tools.ConsumerPerformance;
import org.apache.kafka.tools.ProducerPerformance;

/**
 * The broker's own limit, measured with Apache Kafka's tools against a running broker: on a
 * throwaway topic with as many partitions as the event topics, {@link ProducerPerformance} twice
 * (the first pass warms the broker up) with the outbox relay's producer settings, then {@link
 * ConsumerPerformance} reading the records back; the topic and the consumer group are deleted
 * after. Each tool runs in a child JVM on this program's classpath (they end with {@code
 * System.exit}) and its output is parsed.
 */
final class BrokerLimit {

  /** The producer settings of the services' outbox relay (service-kit's OutboxConfiguration). */
  static final List<String> SERVICE_PRODUCER_SETTINGS =
      List.of("acks=all", "enable.idempotence=true", "linger.ms=5");

  /** Heap of each tool's JVM, as Kafka's own kafka-*-perf-test.sh scripts give them. */
  private static final List<String> TOOL_JVM_OPTIONS =
      List.of("-Xmx512m", "-Duser.language=en", "-Duser.country=US");

  private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(10);

  private static final Pattern PRODUCER_SUMMARY =
      Pattern.compile(
          "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\),.* ms 50th,.*");

  /** What one tool achieved; MB are 2^20 bytes, as the tools count them. */
  record Throughput(long records, double recordsPerSecond, double megabytesPerSecond) {}

  /**
   * The broker's limit: both producer passes and the consumer, for records of one size, with the
   * machine's load average when the run began.
   */
  record Limits(
      String bootstrap,
      RecordSize recordSize,
      double loadAverage,
      Throughput firstProducerPass,
      Throughput producer,
      Throughput consumer) {

    void print(PrintStream out) {
      out.printf(
          "broker limit on %s, Apache Kafka %s's ProducerPerformance and ConsumerPerformance,"
              + " a throwaway topic of %d partitions%n",
          bootstrap, AppInfoParser.getVersion(), Topics.PARTITIONS);
      out.printf(
          "load average (1 min) at the start: %.1f on %d cores%n",
          loadAverage, MachineFacts.cores());
      out.printf("record size: %,d B, %s%n", recordSize.bytes(), recordSize.origin());
      out.printf(
          "producer settings: %s (the services' outbox relay)%n",
          String.join(", ", SERVICE_PRODUCER_SETTINGS));
      out.printf("%-44s %10s %11s %8s%n", "", "records", "records/s", "MB/s");
      row(out, "producer, first pass (warm-up)", firstProducerPass);
      row(out, "producer", producer);
      row(out, "consumer (fetch time, without group join)", consumer);
    }

    private static void row(PrintStream out, String label, Throughput throughput) {
      out.printf(
          "%-44s %,10d %,11.0f %8.1f%n",
          label,
          throughput.records(),
          throughput.recordsPerSecond(),
          throughput.megabytesPerSecond());
    }
  }

  private BrokerLimit() {}

  /** Produces {@code records} records twice and reads {@code records} back. */
  static Limits measure(String bootstrap, long records, RecordSize recordSize)
      throws InterruptedException {
    String topic = "bench.broker-limit." + System.currentTimeMillis();
    String group = topic + ".reader";
    double loadAverage = MachineFacts.loadAverage();
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin.createTopics(List.of(new NewTopic(topic, Topics.PARTITIONS, (short) 1))).all().get();
      try {
        List<String> produce = produceArguments(bootstrap, topic, records, recordSize.bytes());
        Throughput first = parseProducer(run(ProducerPerformance.class, produce));
        Throughput producer = parseProducer(run(ProducerPerformance.class, produce));
        Throughput consumer =
            parseConsumer(
                run(
                    ConsumerPerformance.class,
                    List.of(
                        "--bootstrap-server", bootstrap,
                        "--topic", topic,
                        "--group", group,
                        "--messages", Long.toString(records),
                        "--timeout", "30000")));
        admin.deleteConsumerGroups(List.of(group)).all().get();
        return new Limits(bootstrap, recordSize, loadAverage, first, producer, consumer);
      } finally {
        admin.deleteTopics(List.of(topic)).all().get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "Cannot create or delete the throwaway topic on " + bootstrap + ": " + e.getCause(), e);
    }
  }

  private static List<String> produceArguments(
      String bootstrap, String topic, long records, int recordSize) {
    List<String> arguments = new ArrayList<>();
    arguments.addAll(
        List.of(
            "--topic",
            topic,
            "--num-records",
            Long.toString(records),
            "--record-size",
            Integer.toString(recordSize),
            "--throughput",
            "-1",
            "--producer-props",
            "bootstrap.servers=" + bootstrap));
    arguments.addAll(SERVICE_PRODUCER_SETTINGS);
    return arguments;
  }

  /** The summary line ProducerPerformance prints last (the one with the percentiles). */
  static Throughput parseProducer(String output) {
    Throughput summary = null;
    for (String line : output.split("\\R")) {
      Matcher matcher = PRODUCER_SUMMARY.matcher(line.strip());
      if (matcher.matches()) {
        summary =
            new Throughput(
                Long.parseLong(matcher.group(1)),
                Double.parseDouble(matcher.group(2)),
                Double.parseDouble(matcher.group(3)));
      }
    }
    if (summary == null) {
      throw new IllegalStateException("ProducerPerformance printed no summary:\n" + output);
    }
    return summary;
  }

  /**
   * ConsumerPerformance's line under its header: the records and the rates over the fetch time,
   * which leaves out the time the consumer spent joining its group.
   */
  static Throughput parseConsumer(String output) {
    List<String> lines = Arrays.asList(output.split("\\R"));
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).startsWith("start.time, ")) {
        List<String> names = Arrays.asList(lines.get(i).split(", "));
        String[] values = lines.get(i + 1).split(", ");
        if (values.length == names.size()) {
          return new Throughput(
              Long.parseLong(values[names.indexOf("data.consumed.in.nMsg")].strip()),
              Double.parseDouble(values[names.indexOf("fetch.nMsg.sec")].strip()),
              Double.parseDouble(values[names.indexOf("fetch.MB.sec")].strip()));
        }
      }
    }
    throw new IllegalStateException("ConsumerPerformance printed no figures:\n" + output);
  }

  /** Runs a tool's main class in a child JVM and returns what it printed. */
  private static String run(Class<?> tool, List<String> arguments) throws InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(TOOL_JVM_OPTIONS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(tool.getName());
    command.addAll(arguments);
    return CommandOutput.of(tool.getSimpleName(), command, TOOL_TIMEOUT);
  }
}
