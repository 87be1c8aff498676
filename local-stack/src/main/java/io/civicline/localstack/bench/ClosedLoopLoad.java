package io.civicline.localstack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The closed loop: {@code concurrency} clients each creating tickets back to back, the next request
 * as soon as the last answered. Gives the most the API sustains at that concurrency. Only requests
 * that complete within the measured time (after the warm-up) count; their latency is send to
 * answer.
 */
final class ClosedLoopLoad {

  private ClosedLoopLoad() {}

  static PhaseResult run(TicketApi api, int concurrency, Duration warmup, Duration measure) {
    long start = System.nanoTime();
    long measureFrom = start + warmup.toNanos();
    long measureTo = measureFrom + measure.toNanos();
    Outcomes warmupOutcomes = new Outcomes();
    Outcomes measured = new Outcomes();
    List<LatencyRecorder> recorders = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      recorders.add(new LatencyRecorder());
    }

    LoadThreads.runAll(
        "closed-loop",
        concurrency,
        i ->
            () -> {
              LatencyRecorder latencies = recorders.get(i);
              while (System.nanoTime() < measureTo && !Thread.currentThread().isInterrupted()) {
                long sent = System.nanoTime();
                Outcomes.Attempt attempt;
                try {
                  attempt = Outcomes.attempt(api);
                } catch (InterruptedException e) {
                  return;
                }
                long answered = System.nanoTime();
                if (answered < measureFrom) {
                  warmupOutcomes.add(attempt.outcome());
                } else if (answered < measureTo) {
                  measured.add(attempt.outcome());
                  if (attempt.created()) {
                    latencies.record(answered - sent);
                  }
                }
              }
            });

    String created = Outcomes.ofStatus(TicketApi.CREATED);
    long successes = measured.snapshot().getOrDefault(created, 0L);
    String note =
        String.format(
            "warm-up: %,d requests in %d s, %,.0f/s, other than 201: %s",
            warmupOutcomes.total(),
            warmup.toSeconds(),
            PhaseResult.perSecond(warmupOutcomes.total(), warmup.toNanos()),
            PhaseResult.describe(warmupOutcomes.snapshotWithout(created)));
    return new PhaseResult(
        successes,
        measure.toNanos(),
        LatencyRecorder.merge(recorders).summarize(),
        measured.snapshotWithout(created),
        note);
  }
}
