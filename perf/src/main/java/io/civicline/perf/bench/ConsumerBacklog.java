package io.civicline.perf.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The records the stack's consumer groups (stats-service's topology, the services' listeners) have
 * not yet committed. A phase that starts while stats-service still counts the previous phase's
 * tickets shares the two cores with that backlog and measures it, not the API.
 */
final class ConsumerBacklog implements AutoCloseable {

  private static final Duration POLL = Duration.ofSeconds(1);

  private final Admin admin;

  /** One look at the offsets: the groups seen and the records they are behind. */
  private record Reading(int groups, long behind) {}

  ConsumerBacklog(int kafkaPort) {
    admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + kafkaPort,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "bench-backlog"));
  }

  /**
   * Records behind the end of their partitions: per partition the group furthest behind, summed
   * over the partitions.
   */
  private Reading read() throws InterruptedException {
    try {
      Map<TopicPartition, Long> committed = new HashMap<>();
      var groups = admin.listConsumerGroups().all().get();
      for (ConsumerGroupListing group : groups) {
        Map<TopicPartition, OffsetAndMetadata> offsets =
            admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
        offsets.forEach(
            (partition, offset) -> {
              if (offset != null) {
                committed.merge(partition, offset.offset(), Math::min);
              }
            });
      }
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
      long behind = 0;
      for (var end : admin.listOffsets(latest).all().get().entrySet()) {
        behind += Math.max(0, end.getValue().offset() - committed.get(end.getKey()));
      }
      return new Reading(groups.size(), behind);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot read the consumer groups' offsets: " + e.getCause());
    }
  }

  /**
   * Waits until no group is behind, or {@code most} has passed; returns how long it waited and what
   * was left.
   */
  Settled awaitEmpty(Duration most) throws InterruptedException {
    long start = System.nanoTime();
    Reading first = read();
    Reading last = first;
    while (last.behind() > 0 && System.nanoTime() - start < most.toNanos()) {
      Thread.sleep(POLL.toMillis());
      last = read();
    }
    return new Settled(
        last.groups(), first.behind(), last.behind(), Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * A wait's outcome: the groups seen, the backlog when it began, what was left, and how long it
   * took.
   */
  record Settled(int groups, long initially, long left, Duration waited) {

    String describe() {
      return left == 0
          ? String.format(
              "the %d consumer groups caught up with %,d records in %.1f s",
              groups, initially, waited.toMillis() / 1e3)
          : String.format(
              "the %d consumer groups still %,d records behind after %.0f s (were %,d), measured"
                  + " anyway",
              groups, left, waited.toMillis() / 1e3, initially);
    }
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
