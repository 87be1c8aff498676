package io.civicline.perf.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The freshness benchmark's creates: tickets at a fixed rate for a while, each 201's time kept so
 * that it can be matched with the count that includes it.
 *
 * @param answeredAt each 201's time (nanoTime), sorted
 * @param latencies each 201's latency from its scheduled time
 * @param failed requests that got no 201
 */
record ScheduledCreates(long[] answeredAt, LatencyRecorder latencies, long failed) {

  /**
   * Senders of the scheduled creates, as many as the create benchmark's open loop uses: at 500/s a
   * sender is free again within 64 ms, so the rare slow answer does not hold the schedule back.
   */
  private static final int CONNECTIONS = 32;

  /** Creates at {@code rate} for {@code duration}. */
  static ScheduledCreates offer(TicketApi api, int rate, Duration duration) {
    long total = rate * duration.toSeconds();
    long start = System.nanoTime();
    AtomicLong next = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ConcurrentLinkedQueue<Long> answered = new ConcurrentLinkedQueue<>();
    List<LatencyRecorder> recorders = new ArrayList<>();
    for (int i = 0; i < CONNECTIONS; i++) {
      recorders.add(new LatencyRecorder());
    }
    LoadThreads.runAll(
        "freshness",
        CONNECTIONS,
        i ->
            () -> {
              long slot;
              while ((slot = next.getAndIncrement()) < total) {
                long due = start + slot * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                  try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                  } catch (InterruptedException e) {
                    return;
                  }
                }
                try {
                  int status = api.create();
                  long now = System.nanoTime();
                  if (status == TicketApi.CREATED) {
                    answered.add(now);
                    recorders.get(i).record(now - due);
                  } else {
                    failed.incrementAndGet();
                  }
                } catch (IOException e) {
                  failed.incrementAndGet();
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    long[] times = answered.stream().mapToLong(Long::longValue).sorted().toArray();
    return new ScheduledCreates(times, LatencyRecorder.merge(recorders), failed.get());
  }
}
