package io.civicline.perf.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Runs {@code count} platform threads of one phase and waits until every one has ended. */
final class LoadThreads {

  private LoadThreads() {}

  static void runAll(String name, int count, IntFunction<Runnable> worker) {
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Thread thread = new Thread(worker.apply(i), name + "-" + i);
      thread.setDaemon(true);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    try {
      for (Thread thread : threads) {
        thread.join();
      }
    } catch (InterruptedException e) {
      threads.forEach(Thread::interrupt);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while " + name + " was running", e);
    }
  }
}
