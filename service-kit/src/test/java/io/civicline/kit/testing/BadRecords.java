package io.civicline.kit.testing;

import static org.awaitility.Awaitility.await;

import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.TopicRecords;
import io.civicline.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records a consumer must send to its topic's dead-letter topic: not JSON, truncated, empty, a
 * tombstone, wrong or missing CloudEvents headers, required fields missing or of the wrong type,
 * MongoDB operators, a value close to the broker's maximum, and the consumer's own schema
 * violations. Each has its own key, so that its dead letter can be found.
 */
public final class BadRecords {

  /** A record to send, named after what is wrong with it. */
  public record Sample(String name, ProducerRecord<String, byte[]> record) {}

  /** Just under the broker's default {@code message.max.bytes} (1 MB plus a little). */
  public static final int NEAR_BROKER_MAXIMUM = 1_040_000;

  private static final JsonMapper JSON = JsonMapper.shared();

  private final String topic;
  private final Function<String, ProducerRecord<String, byte[]>> good;
  private final List<Sample> samples = new ArrayList<>();

  /**
   * @param good a good record whose key (and id in the data) is the given key
   */
  public BadRecords(String topic, Function<String, ProducerRecord<String, byte[]>> good) {
    this.topic = topic;
    this.good = good;
    unreadable("not JSON", "{not json".getBytes(StandardCharsets.UTF_8));
    unreadable("empty", new byte[0]);
    unreadable("tombstone", null);
    unreadable("JSON null", "null".getBytes(StandardCharsets.UTF_8));
    unreadable("JSON array", "[]".getBytes(StandardCharsets.UTF_8));
    unreadable("nested 10k deep", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes());
    withData("truncated", data -> java.util.Arrays.copyOf(data, data.length / 2));
    withData("invalid UTF-8", data -> new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'});
    withHeaders("no headers", headers -> new RecordHeaders());
    withHeaders("ce_type of another event", headers -> replaced(headers, "ce_type", "x.other.v1"));
    withHeaders("ce_specversion 0.3", headers -> replaced(headers, "ce_specversion", "0.3"));
    withHeaders("ce_time not a time", headers -> replaced(headers, "ce_time", "yesterday"));
    withHeaders("no ce_id", headers -> removed(headers, KafkaCloudEvents.ID));
    violating(
        "value near the broker's maximum",
        data -> data.put("padding", "x".repeat(NEAR_BROKER_MAXIMUM)));
  }

  /** Adds a record whose key is not the id its data names (where the key must be that id). */
  public BadRecords keyMustBeTheId() {
    String key = key();
    ProducerRecord<String, byte[]> other = good.apply(key());
    samples.add(
        new Sample(
            "key differs from the id",
            new ProducerRecord<>(topic, 0, key, other.value(), other.headers())));
    return this;
  }

  /** Adds, for each required field, the record without it, with null, an operator and an array. */
  public BadRecords requiredFields(String... fields) {
    for (String field : fields) {
      violating(
          field + " removed",
          data -> {
            data.remove(field);
            return data;
          });
      violating(field + " null", data -> data.putNull(field));
      violating(
          field + " {$gt:''}", data -> data.set(field, JSON.createObjectNode().put("$gt", "")));
      violating(field + " array", data -> data.set(field, JSON.createArrayNode().add("x")));
    }
    return this;
  }

  /** Adds a record whose data the given change makes violate the contract. */
  public BadRecords violating(String name, UnaryOperator<ObjectNode> change) {
    withData(name, data -> JSON.writeValueAsBytes(change.apply((ObjectNode) JSON.readTree(data))));
    return this;
  }

  public List<Sample> samples() {
    return List.copyOf(samples);
  }

  /**
   * Sends every sample, then {@code after} (good records), all to partition 0 so that the good ones
   * queue behind the bad; waits until each sample is on the dead-letter topic.
   *
   * @return the samples missing from the dead-letter topic (empty when all arrived)
   */
  public List<String> sendAndAwaitDeadLetters(
      List<String> bootstrapServers, List<ProducerRecord<String, byte[]>> after) throws Exception {
    try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers)) {
      for (Sample sample : samples) {
        producer.send(sample.record()).get();
      }
      for (ProducerRecord<String, byte[]> record : after) {
        producer.send(record).get();
      }
    }
    Map<String, String> names =
        samples.stream().collect(Collectors.toMap(s -> s.record().key(), Sample::name));
    String deadLetters = Topics.deadLetterOf(topic);
    Set<String> arrived = new java.util.HashSet<>();
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                TopicRecords.all(bootstrapServers, deadLetters)
                    .forEach(record -> arrived.add(record.key()));
                return arrived.containsAll(names.keySet());
              });
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      // reported below, sample by sample
    }
    return names.entrySet().stream()
        .filter(entry -> !arrived.contains(entry.getKey()))
        .map(Map.Entry::getValue)
        .toList();
  }

  /** {@code record} on the bad records' partition, to send after them. */
  public static ProducerRecord<String, byte[]> behindThem(ProducerRecord<String, byte[]> record) {
    return new ProducerRecord<>(record.topic(), 0, record.key(), record.value(), record.headers());
  }

  private void unreadable(String name, byte[] value) {
    withData(name, data -> value);
  }

  private void withData(String name, UnaryOperator<byte[]> change) {
    String key = key();
    ProducerRecord<String, byte[]> record = good.apply(key);
    samples.add(
        new Sample(
            name,
            new ProducerRecord<>(topic, 0, key, change.apply(record.value()), record.headers())));
  }

  private void withHeaders(String name, UnaryOperator<Headers> change) {
    String key = key();
    ProducerRecord<String, byte[]> record = good.apply(key);
    samples.add(
        new Sample(
            name,
            new ProducerRecord<>(
                topic,
                0,
                key,
                record.value(),
                change.apply(new RecordHeaders(record.headers().toArray())))));
  }

  private static Headers replaced(Headers headers, String name, String value) {
    return removed(headers, name).add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static Headers removed(Headers headers, String name) {
    headers.remove(name);
    return headers;
  }

  private static String key() {
    return "bad-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }

  private static KafkaProducer<String, byte[]> producer(List<String> bootstrapServers) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            String.join(",", bootstrapServers),
            ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
            2 * 1024 * 1024),
        new StringSerializer(),
        new ByteArraySerializer());
  }
}
