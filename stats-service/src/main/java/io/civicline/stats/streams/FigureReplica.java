package io.civicline.stats.streams;

import io.civicline.stats.figures.FigureKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance's copy of the whole city's counters. The figures stores are partitioned: each task
 * counts the cases of its partition, and each instance holds its own tasks' stores only. Their
 * changelog topics, though, carry every partial count the topology stores (compacted, written in
 * the same exactly-once transactions), so this reads them all, committed records only, from the
 * beginning, keeps the newest partial count of each counter in each partition, and adds the
 * partitions up. Any instance then answers for the whole city, also while partitions move between
 * instances. Until it has read up to the end offsets it found at start, its counts would be
 * partial: {@link #isCaughtUp()} says when they are not.
 */
final class FigureReplica implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(FigureReplica.class);

  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration RETRY = Duration.ofSeconds(1);

  private final Map<String, Object> consumerConfig;
  private final Map<String, String> storeByTopic;
  private final FigureChanges changes;

  /** Per store, per counter, the partial count of each partition (replaced, never changed). */
  private final Map<String, Map<String, long[]>> countsByStore = new ConcurrentHashMap<>();

  private final Map<String, Integer> partitionsByTopic = new ConcurrentHashMap<>();
  private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();
  private Map<TopicPartition, Long> endsAtStart;
  private volatile boolean caughtUp;
  private volatile boolean running = true;
  private volatile KafkaConsumer<String, Long> consumer;
  private volatile long recordsRead;

  /**
   * @param consumerConfig the connection settings (bootstrap servers, security); the rest is set
   *     here
   * @param applicationId the Kafka Streams application whose figures stores are read
   */
  FigureReplica(Map<String, Object> consumerConfig, String applicationId, FigureChanges changes) {
    this.consumerConfig = new HashMap<>(consumerConfig);
    this.consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    this.consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // Asking for a changelog before the topology made it must not create it with the broker's
    // default partitions: Kafka Streams would then refuse to run.
    this.consumerConfig.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    // Short, so that a broker that is down never blocks a stop for long.
    this.consumerConfig.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
    this.consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
    this.storeByTopic =
        StatsTopology.FIGURES_STORES.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    store -> StatsTopology.changelogOf(applicationId, store), store -> store));
    this.changes = changes;
    StatsTopology.FIGURES_STORES.forEach(
        store -> countsByStore.put(store, new ConcurrentHashMap<>()));
  }

  /** True once every counter committed before this instance started has been read. */
  boolean isCaughtUp() {
    return caughtUp;
  }

  /** How many changelog records have been read (for health details). */
  long recordsRead() {
    return recordsRead;
  }

  /** A copy of every counter of {@code store}: encoded figure key → count. */
  Map<String, Long> snapshot(String store) {
    Map<String, Long> copy = new HashMap<>();
    countsByStore.get(store).forEach((key, partials) -> copy.put(key, sum(partials)));
    return copy;
  }

  /** The count of {@code key} in {@code store}; 0 for a counter never stored. */
  long count(String store, String key) {
    long[] partials = countsByStore.get(store).get(key);
    return partials == null ? 0L : sum(partials);
  }

  private static long sum(long[] partials) {
    long sum = 0;
    for (long partial : partials) {
      sum += partial;
    }
    return sum;
  }

  /** Reads until {@link #stop()}; a failure (e.g. no broker) is retried from where it stopped. */
  @Override
  public void run() {
    while (running) {
      try (KafkaConsumer<String, Long> opened =
          new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new LongDeserializer())) {
        consumer = opened;
        follow(opened);
      } catch (WakeupException e) {
        // stop() woke the consumer up
      } catch (RuntimeException e) {
        if (running) {
          log.warn("reading the figures changelogs failed; retrying: {}", e.toString());
          pause();
        }
      } finally {
        consumer = null;
      }
    }
  }

  void stop() {
    running = false;
    KafkaConsumer<String, Long> current = consumer;
    if (current != null) {
      current.wakeup();
    }
  }

  private void follow(KafkaConsumer<String, Long> consumer) {
    List<TopicPartition> partitions = partitionsOnceCreated(consumer);
    if (partitions.isEmpty()) {
      return;
    }
    consumer.assign(partitions);
    for (TopicPartition partition : partitions) {
      Long next = nextOffsets.get(partition);
      if (next == null) {
        consumer.seekToBeginning(List.of(partition));
      } else {
        consumer.seek(partition, next);
      }
    }
    if (endsAtStart == null) {
      endsAtStart = consumer.endOffsets(partitions);
    }
    long started = System.nanoTime();
    while (running) {
      for (ConsumerRecord<String, Long> record : consumer.poll(POLL)) {
        apply(record);
        nextOffsets.put(
            new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
      }
      if (!caughtUp && reachedEndsAtStart(consumer)) {
        caughtUp = true;
        log.info(
            "figures caught up: {} changelog records read in {} ms",
            recordsRead,
            Duration.ofNanos(System.nanoTime() - started).toMillis());
      }
    }
  }

  /** The changelog partitions; the topology creates the topics when it first runs. */
  private List<TopicPartition> partitionsOnceCreated(KafkaConsumer<String, Long> consumer) {
    while (running) {
      List<TopicPartition> partitions = new ArrayList<>();
      boolean all = true;
      for (String topic : storeByTopic.keySet()) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
          all = false;
          break;
        }
        infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        partitionsByTopic.put(topic, infos.size());
      }
      if (all) {
        return partitions;
      }
      pause();
    }
    return List.of();
  }

  private boolean reachedEndsAtStart(KafkaConsumer<String, Long> consumer) {
    for (Map.Entry<TopicPartition, Long> end : endsAtStart.entrySet()) {
      if (consumer.position(end.getKey()) < end.getValue()) {
        return false;
      }
    }
    return true;
  }

  private void apply(ConsumerRecord<String, Long> record) {
    recordsRead++;
    if (record.key() == null) {
      return;
    }
    String store = storeByTopic.get(record.topic());
    Map<String, long[]> counts = countsByStore.get(store);
    long[] before = counts.get(record.key());
    long[] after =
        before == null
            ? new long[partitionsByTopic.get(record.topic())]
            : Arrays.copyOf(before, before.length);
    // A tombstone: the partition no longer has the counter.
    after[record.partition()] = record.value() == null ? 0L : record.value();
    counts.put(record.key(), after);
    if (changes.isWatched()) {
      FigureKey key;
      try {
        key = FigureKey.decode(record.key());
      } catch (IllegalArgumentException e) {
        return; // only the topology writes there; a stray record is no figure
      }
      changes.publish(new FigureChange(store, key, record.value() == null ? 0L : record.value()));
    }
  }

  private void pause() {
    try {
      Thread.sleep(RETRY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
