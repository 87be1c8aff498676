package io.civicline.perf.bench;

import io.civicline.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The ticket events topic of a running stack, read without a consumer group: how many records it
 * has received, and how big the newest are.
 */
final class TicketEventTopic implements AutoCloseable {

  private static final int SAMPLE_PER_PARTITION = 100;
  private static final Duration SAMPLE_PATIENCE = Duration.ofSeconds(10);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final List<TopicPartition> partitions = new ArrayList<>();

  TicketEventTopic(String bootstrap) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                false),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    consumer
        .partitionsFor(Topics.TICKET_EVENTS)
        .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
    consumer.assign(partitions);
  }

  /** The records ever appended to the topic: its partitions' end offsets, summed. */
  long end() {
    return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The median value size of the newest records (up to {@value #SAMPLE_PER_PARTITION} per
   * partition), or null when the topic has none.
   */
  RecordSize newestMedian() {
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
    Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
    for (TopicPartition partition : partitions) {
      consumer.seek(
          partition, Math.max(begins.get(partition), ends.get(partition) - SAMPLE_PER_PARTITION));
    }
    List<Integer> values = new ArrayList<>();
    List<Integer> keysAndHeaders = new ArrayList<>();
    long deadline = System.nanoTime() + SAMPLE_PATIENCE.toNanos();
    while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
        && System.nanoTime() < deadline) {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        values.add(record.serializedValueSize());
        int extra = Math.max(0, record.serializedKeySize());
        for (Header header : record.headers()) {
          extra += header.key().length() + (header.value() == null ? 0 : header.value().length);
        }
        keysAndHeaders.add(extra);
      }
    }
    if (values.isEmpty()) {
      return null;
    }
    return new RecordSize(
        median(values),
        String.format(
            "the median value of the %d newest records on %s (which also carry a median %d B of"
                + " key and ce_* headers that ProducerPerformance does not send)",
            values.size(), Topics.TICKET_EVENTS, median(keysAndHeaders)));
  }

  private static int median(List<Integer> sizes) {
    return sizes.stream().sorted().toList().get(sizes.size() / 2);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
