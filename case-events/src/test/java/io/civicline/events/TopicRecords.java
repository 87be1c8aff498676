package io.civicline.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic from the start, as a test looking at what was really published. Shared with
 * the services' tests (test-jar).
 */
public final class TopicRecords {

  private TopicRecords() {}

  /** The committed records of {@code topic} whose key is {@code key}, in partition order. */
  public static List<ConsumerRecord<String, byte[]>> withKey(
      List<String> bootstrapServers, String topic, String key) {
    return matching(bootstrapServers, topic, record -> key.equals(record.key()));
  }

  /** Every committed record of {@code topic}, in partition order. */
  public static List<ConsumerRecord<String, byte[]>> all(
      List<String> bootstrapServers, String topic) {
    return matching(bootstrapServers, topic, record -> true);
  }

  private static List<ConsumerRecord<String, byte[]>> matching(
      List<String> bootstrapServers,
      String topic,
      Predicate<ConsumerRecord<String, byte[]>> wanted) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            String.join(",", bootstrapServers),
            ConsumerConfig.GROUP_ID_CONFIG,
            "test-" + UUID.randomUUID(),
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed",
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            5000);
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
          && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (wanted.test(record)) {
            found.add(record);
          }
        }
      }
      return found;
    }
  }
}
