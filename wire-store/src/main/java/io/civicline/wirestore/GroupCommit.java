package io.civicline.wirestore;

import org.h2.mvstore.MVStore;

/**
 * Commits an MVStore for many threads at once. A thread that changed the store waits for a commit
 * that started after its changes; only when none did, it commits itself, saving the changes of all
 * the threads waiting with it. Each commit writes a chunk and updates the bookkeeping of the chunks
 * it made obsolete, whatever its size: under load, fewer and larger commits save most of that work.
 * A plain commit per thread also waits for the running commit, then commits again for the few
 * changes made meanwhile.
 */
final class GroupCommit {

  private final MVStore store;
  private final Object lock = new Object();

  /** Commits started; a commit numbered above a thread's reading of it includes its changes. */
  private volatile long started;

  /** The number of the last commit that completed. Guarded by {@link #lock}. */
  private long completed;

  GroupCommit(MVStore store) {
    this.store = store;
  }

  /** Returns once the changes this thread made so far are committed. */
  void commitChangesSoFar() {
    long before = started;
    synchronized (lock) {
      if (completed > before) {
        return;
      }
      long number = completed + 1;
      started = number;
      store.commit();
      completed = number;
    }
  }
}
