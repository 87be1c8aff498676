package io.civicline.stats.streams;

import io.civicline.stats.figures.FigureKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the whole city's counts of a figures store ({@link StatsTopology#HOTLINE_FIGURES} or {@link
 * StatsTopology#MEDIATION_FIGURES}) from this instance's {@link FigureReplica}, which it runs on a
 * thread of its own. A key never counted is 0. Until the replica has caught up this throws {@link
 * FiguresNotReadyException}.
 */
@Component
public class FigureCounts implements SmartLifecycle {

  private final FigureReplica replica;
  private Thread thread;

  FigureCounts(KafkaProperties properties, FigureChanges changes) {
    this.replica =
        new FigureReplica(
            properties.buildConsumerProperties(),
            properties.getStreams().getApplicationId(),
            changes);
  }

  /** The count of each key in {@code storeName}, in the order given. */
  public Map<FigureKey, Long> of(String storeName, List<FigureKey> keys) {
    if (!replica.isCaughtUp()) {
      throw new FiguresNotReadyException(
          "the figures are being loaded (" + replica.recordsRead() + " counters read so far)");
    }
    Map<FigureKey, Long> counts = new LinkedHashMap<>();
    for (FigureKey key : keys) {
      counts.put(key, replica.count(storeName, key.encode()));
    }
    return counts;
  }

  /** True once the counts are whole; for readiness. */
  boolean isCaughtUp() {
    return replica.isCaughtUp();
  }

  /** Every counter of {@code store} as read so far: encoded figure key → count. */
  Map<String, Long> snapshot(String store) {
    return replica.snapshot(store);
  }

  long recordsRead() {
    return replica.recordsRead();
  }

  @Override
  public synchronized void start() {
    thread = new Thread(replica, "figure-replica");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    replica.stop();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return thread != null;
  }
}
