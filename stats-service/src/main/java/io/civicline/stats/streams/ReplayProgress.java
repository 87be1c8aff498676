package io.civicline.stats.streams;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Where a replay must get to, the committed end of each partition of the event topics when it
 * starts, and the wait until an application has committed that far.
 */
final class ReplayProgress {

  private final Admin admin;
  private final Duration patience;

  ReplayProgress(Admin admin, Duration patience) {
    this.admin = admin;
    this.patience = patience;
  }

  /** The committed end of every partition of {@code topics}, now. */
  Map<TopicPartition, Long> endOffsets(List<String> topics) throws Exception {
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

  /**
   * Waits until {@code applicationId} has committed every input offset of {@code ends}: by then
   * each event is in its figures, written in the same transactions.
   */
  void awaitReplayed(String applicationId, Map<TopicPartition, Long> ends) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
      if (reached(committed, ends)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the rebuild did not finish within " + patience);
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
}
