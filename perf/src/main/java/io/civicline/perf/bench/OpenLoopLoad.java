package io.civicline.perf.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The open loop: tickets offered at a fixed rate, on a schedule fixed before the first answer. Each
 * of {@code connections} senders takes the next scheduled request, waits for its time if it is
 * still ahead and sends it; latency runs from the scheduled time, so it includes the time a request
 * waited for a free connection when the API fell behind.
 *
 * <p>The schedule starts with a warm-up at the same rate whose requests are sent but not counted:
 * the services' JIT and Kafka Streams run at a fraction of their speed for the first seconds at a
 * new rate, and the first seconds after a heavier phase still pay for its backlog.
 *
 * <p>Requests scheduled within the measured time are sent until the drain limit after it; any still
 * unsent then count as {@code unsent}. The achieved rate is the 201s over the time from the first
 * scheduled request to the last answer, at least the measured time.
 */
final class OpenLoopLoad {

  static final String UNSENT = "unsent (backlog at the drain limit)";

  private static final long LEAD_NANOS = 100_000_000L;

  private OpenLoopLoad() {}

  /** The measured phase, and every 201's latency by the second it was due, warm-up included. */
  record Result(PhaseResult measured, LatencyTimeline timeline) {}

  static Result run(
      TicketApi api,
      int connections,
      int ratePerSecond,
      Duration warmup,
      Duration measure,
      Duration drainLimit) {
    long warmupSlots = ratePerSecond * warmup.toSeconds();
    long scheduled = warmupSlots + ratePerSecond * measure.toSeconds();
    long warmupStart = System.nanoTime() + LEAD_NANOS;
    long start = warmupStart + warmup.toNanos();
    LatencyTimeline timeline = new LatencyTimeline(warmupStart);
    long stopSendingAt = start + measure.toNanos() + drainLimit.toNanos();
    AtomicLong nextSlot = new AtomicLong();
    AtomicLong lastAnswer = new AtomicLong(start);
    Outcomes outcomes = new Outcomes();
    List<LatencyRecorder> recorders = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      recorders.add(new LatencyRecorder());
    }

    LoadThreads.runAll(
        "open-loop",
        connections,
        i ->
            () -> {
              LatencyRecorder latencies = recorders.get(i);
              while (!Thread.currentThread().isInterrupted()) {
                long slot = nextSlot.getAndIncrement();
                if (slot >= scheduled) {
                  return;
                }
                long due = warmupStart + slotOffsetNanos(slot, ratePerSecond);
                if (System.nanoTime() > stopSendingAt) {
                  return;
                }
                waitUntil(due);
                Outcomes.Attempt attempt;
                try {
                  attempt = Outcomes.attempt(api);
                } catch (InterruptedException e) {
                  return;
                }
                long answered = System.nanoTime();
                if (attempt.created()) {
                  timeline.record(due, answered - due);
                }
                if (slot < warmupSlots) {
                  continue;
                }
                lastAnswer.accumulateAndGet(answered, Math::max);
                outcomes.add(attempt.outcome());
                if (attempt.created()) {
                  latencies.record(answered - due);
                }
              }
            });

    long offered = scheduled - warmupSlots;
    long sent = outcomes.total();
    String created = Outcomes.ofStatus(TicketApi.CREATED);
    var failures = outcomes.snapshotWithout(created);
    if (sent < offered) {
      failures.put(UNSENT, offered - sent);
    }
    long successes = outcomes.snapshot().getOrDefault(created, 0L);
    long nanos = Math.max(measure.toNanos(), lastAnswer.get() - start);
    String note =
        String.format(
            "after %d s of warm-up at that rate, offered %,d requests (%d/s for %d s) over %d"
                + " connections; sent %,d; last answer %.1f s after the first scheduled request",
            warmup.toSeconds(),
            offered,
            ratePerSecond,
            measure.toSeconds(),
            connections,
            sent,
            (lastAnswer.get() - start) / 1e9);
    return new Result(
        new PhaseResult(
            successes, nanos, LatencyRecorder.merge(recorders).summarize(), failures, note),
        timeline);
  }

  /** When request {@code slot} (0, 1, 2 ...) is due, counted from the first one. */
  static long slotOffsetNanos(long slot, int ratePerSecond) {
    return Math.round(slot * (1_000_000_000.0 / ratePerSecond));
  }

  private static void waitUntil(long due) {
    long wait;
    while ((wait = due - System.nanoTime()) > 0) {
      LockSupport.parkNanos(wait);
    }
  }
}
