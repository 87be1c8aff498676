package io.civicline.perf.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The closed loop: {@code concurrency} clients each creating tickets back to back, the next request
 * as soon as the last answered. Gives the most the API sustains at that concurrency. The clients
 * first run until the throughput is steady ({@link SteadyState}); only requests that complete
 * within the measured time after that count, their latency send to answer.
 */
final class ClosedLoopLoad {

  private ClosedLoopLoad() {}

  static PhaseResult run(
      TicketApi api, int concurrency, Duration least, Duration most, Duration measure)
      throws InterruptedException {
    AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);
    AtomicLong measureTo = new AtomicLong(Long.MAX_VALUE);
    AtomicLong warmupCreated = new AtomicLong();
    Outcomes warmupOutcomes = new Outcomes();
    Outcomes measured = new Outcomes();
    List<LatencyRecorder> recorders = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      recorders.add(new LatencyRecorder());
    }

    Thread clients =
        new Thread(
            () ->
                LoadThreads.runAll(
                    "closed-loop",
                    concurrency,
                    i ->
                        () -> {
                          LatencyRecorder latencies = recorders.get(i);
                          while (System.nanoTime() < measureTo.get()
                              && !Thread.currentThread().isInterrupted()) {
                            long sent = System.nanoTime();
                            Outcomes.Attempt attempt;
                            try {
                              attempt = Outcomes.attempt(api);
                            } catch (InterruptedException e) {
                              return;
                            }
                            long answered = System.nanoTime();
                            if (answered < measureFrom.get()) {
                              warmupOutcomes.add(attempt.outcome());
                              if (attempt.created()) {
                                warmupCreated.incrementAndGet();
                              }
                            } else if (answered < measureTo.get()) {
                              measured.add(attempt.outcome());
                              if (attempt.created()) {
                                latencies.record(answered - sent);
                              }
                            }
                          }
                        }),
            "closed-loop-clients");
    clients.start();
    SteadyState.Verdict warmup;
    try {
      warmup = SteadyState.await(warmupCreated::get, least, most);
    } finally {
      long now = System.nanoTime();
      measureFrom.set(now);
      measureTo.set(now + measure.toNanos());
    }
    clients.join();

    String created = Outcomes.ofStatus(TicketApi.CREATED);
    long successes = measured.snapshot().getOrDefault(created, 0L);
    String note =
        String.format(
            "warm-up %s; %,d requests, other than 201: %s",
            warmup.describe(),
            warmupOutcomes.total(),
            PhaseResult.describe(warmupOutcomes.snapshotWithout(created)));
    return new PhaseResult(
        successes,
        measure.toNanos(),
        LatencyRecorder.merge(recorders).summarize(),
        measured.snapshotWithout(created),
        note);
  }
}
