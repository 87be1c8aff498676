package io.civicline.kit.aggregate;

import io.civicline.kit.mongo.ClusterLease;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
 * twice: the next round reads it again. Each round's time goes to the timer {@value #ROUND_TIMER}
 * and what it marked to the counter {@value #MARKED_COUNTER}, both tagged with the round's name, so
 * that a benchmark (and an operator) can see what one round costs at the store's size.
 */
public class DeadlineWatch {

  /** How many records one read of a round takes at most. */
  public static final int BATCH = 500;

  /** The time of each round, by round ({@code round} tag: what it marks, e.g. "cases overdue"). */
  public static final String ROUND_TIMER = "civicline.deadline.watch.round";

  /** The records marked, by round. */
  public static final String MARKED_COUNTER = "civicline.deadline.watch.marked";

  /** The bar a round is held to: its own bucket, so that the share within it is exact. */
  private static final Duration ROUND_OBJECTIVE = Duration.ofMillis(50);

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
  private final MeterRegistry meters;

  public DeadlineWatch(
      ClusterLease lease, String leaseName, Duration leaseTime, Clock clock, MeterRegistry meters) {
    this.lease = lease;
    this.leaseName = leaseName;
    this.leaseTime = leaseTime;
    this.clock = clock;
    this.meters = meters;
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
    Timer.Sample sample = Timer.start(meters);
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
    sample.stop(roundTimer(marked));
    Counter.builder(MARKED_COUNTER).tag("round", marked).register(meters).increment(count);
    if (count > 0) {
      log.info("marked {} {}", count, marked);
    }
    return count;
  }

  private Timer roundTimer(String marked) {
    return Timer.builder(ROUND_TIMER)
        .description("One round of an overdue watcher: its reads and marks")
        .tag("round", marked)
        .publishPercentiles(0.5, 0.99)
        .publishPercentileHistogram()
        .serviceLevelObjectives(ROUND_OBJECTIVE)
        .register(meters);
  }
}
