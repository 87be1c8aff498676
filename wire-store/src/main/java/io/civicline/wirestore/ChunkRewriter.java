package io.civicline.wirestore;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;

/**
 * Rewrites the live pages of the emptiest old chunks, so that MVStore can drop those chunks and
 * reuse their space: the part of MVStore's background housekeeping the file backend keeps.
 *
 * <p>The backend runs its store without MVStore's background thread ({@link DurableH2Backend} says
 * why), so nothing else rewrites chunks. Rewriting only marks pages as changed; the commit that
 * follows saves them on this thread, like any write. Chunks are never moved within the file
 * (MVStore's other housekeeping): the file keeps its largest size, its free space is reused.
 */
final class ChunkRewriter implements AutoCloseable {

  private static final System.Logger log = System.getLogger(ChunkRewriter.class.getName());

  /**
   * Chunks are rewritten while the live share of all chunks is below this percentage: the backend's
   * {@code autoCompactFillRate} before. Measured with 24,000 tickets of the year's load (about 34
   * MB live): at H2's default of 90 % MVStore's housekeeping stalled writes for 150-280 ms every
   * few seconds (353 requests/s, p99 107 ms for creates at 500/s); at 50 %, 444 requests/s and p99
   * 48 ms; at 0 (off), chunks ended 9 % full and the file grew with every write.
   */
  static final int FILL_RATE = 50;

  /**
   * Bytes of live pages rewritten at most per round. MVStore rewrites any chunk short of full here,
   * emptiest and oldest first, whenever the rate is not met; under steady writes the chunks waiting
   * out the retention time keep it unmet, so this bounds the extra writes to 1 MB a second.
   */
  private static final int WRITE_PER_ROUND = 1 << 20;

  private static final long ROUND_MILLIS = 1_000;

  private final MVStore store;
  private final GroupCommit commits;
  private final ScheduledExecutorService rounds;

  ChunkRewriter(MVStore store, GroupCommit commits) {
    this.store = store;
    this.commits = commits;
    this.rounds =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "wire-store-chunk-rewriter");
              thread.setDaemon(true);
              return thread;
            });
    rounds.scheduleWithFixedDelay(this::round, ROUND_MILLIS, ROUND_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void round() {
    try {
      // Rewrites nothing unless the chunks' live share is below the rate.
      if (!store.isClosed() && store.compact(FILL_RATE, WRITE_PER_ROUND)) {
        commits.commitChangesSoFar();
      }
    } catch (RuntimeException e) {
      // The next round tries again; a store that fails here fails the writes too, which say so.
      log.log(System.Logger.Level.WARNING, "rewriting chunks failed, will try again: " + e);
    }
  }

  /**
   * Stops rewriting and waits for a running round: the store may be closed after. Not by interrupt:
   * an interrupt during a file write closes MVStore's file channel.
   */
  @Override
  public void close() {
    rounds.shutdown();
    try {
      rounds.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
