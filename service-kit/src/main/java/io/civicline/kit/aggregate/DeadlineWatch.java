package io.civicline.kit.aggregate;

import io.civicline.kit.mongo.ClusterLease;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watch over records past a time (a deadline, a risk time): on one instance of the cluster at a
 * time, the one holding the lease, it marks what is due in batches, earliest first. Each mark is an
 * update at the version read, so a record another watcher or a user changed meanwhile is not marked
 * twice: the next round reads it again.
 */
public class DeadlineWatch {

  /** How many records one read of a round takes at most. */
  public static final int BATCH = 500;

  private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

  /** The records due at {@code now}, at most {@code limit}, earliest first. */
  @FunctionalInterface
  public interface Due<R> {
    List<R> at(Instant now, int limit);
  }

  /** Marks one record at {@code now}; false if it changed meanwhile or is no longer due. */
  @FunctionalInterface
  public interface Mark<R> {
    boolean at(R record, Instant now);
  }

  private final ClusterLease lease;
  private final String leaseName;
  private final Duration leaseTime;
  private final Clock clock;

  public DeadlineWatch(ClusterLease lease, String leaseName, Duration leaseTime, Clock clock) {
    this.lease = lease;
    this.leaseName = leaseName;
    this.leaseTime = leaseTime;
    this.clock = clock;
  }

  /**
   * Runs the rounds if this instance holds (or takes) the lease; a failure waits for the next time,
   * logged.
   */
  public void ifLeased(Runnable rounds) {
    try {
      if (lease.tryAcquire(leaseName, leaseTime)) {
        rounds.run();
      }
    } catch (RuntimeException e) {
      log.warn("{} failed, will retry next round: {}", leaseName, e.toString());
    }
  }

  /**
   * One round: marks every record {@code due} finds now, batch after batch, and logs how many as
   * {@code marked}; stops at a batch in which nothing could be marked.
   */
  public <R> int round(String marked, Due<R> due, Mark<R> mark) {
    int count = 0;
    List<R> batch;
    do {
      batch = due.at(clock.instant(), BATCH);
      int before = count;
      for (R record : batch) {
        if (mark.at(record, clock.instant())) {
          count++;
        }
      }
      if (count == before) {
        break;
      }
    } while (batch.size() == BATCH);
    if (count > 0) {
      log.info("marked {} {}", count, marked);
    }
    return count;
  }
}
