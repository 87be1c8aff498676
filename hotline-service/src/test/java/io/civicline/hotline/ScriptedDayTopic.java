package io.civicline.hotline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything published on one topic, read from the start by one consumer that keeps what it read,
 * so that waiting for the day's events re-reads nothing. {@link #readToEnd()} reads up to the end
 * offsets of the moment it is called.
 */
final class ScriptedDayTopic implements AutoCloseable {

  private final String topic;
  private final KafkaConsumer<String, byte[]> consumer;
  private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
  private List<TopicPartition> partitions = List.of();

  ScriptedDayTopic(List<String> bootstrapServers, String topic) {
    this.topic = topic;
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            String.join(",", bootstrapServers),
            ConsumerConfig.GROUP_ID_CONFIG,
            "scripted-day-" + UUID.randomUUID(),
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed",
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            5000);
    this.consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
  }

  /** Every record published so far, in partition order. */
  List<ConsumerRecord<String, byte[]>> readToEnd() {
    if (partitions.isEmpty()) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic);
      if (infos == null || infos.isEmpty()) {
        return List.of();
      }
      partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
    }
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("could not read " + topic + " to " + end + " in 20 s");
      }
      consumer.poll(Duration.ofMillis(200)).forEach(records::add);
    }
    return List.copyOf(records);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
