package io.civicline.perf.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The scale benchmark's measured time: tickets created at a fixed rate in an open loop (warm-up,
 * then measured), the reads in rounds meanwhile (those of the warm-up not counted), and the overdue
 * watchers' rounds of the measured time, read from each service's Prometheus endpoint before and
 * after it.
 */
final class ScaleMeasurement {

  /** What the measured time saw. */
  record Result(
      List<ReadRounds.Timed> reads,
      PhaseResult creates,
      WatchRounds hotlineRounds,
      WatchRounds mediationRounds) {}

  private static final int CONNECTIONS = 32;
  private static final Duration DRAIN = Duration.ofSeconds(10);
  private static final String PROMETHEUS = "/actuator/prometheus";
  private static final String TEXT = "text/plain";

  private final DemoUserClient admin = new DemoUserClient("admin", Duration.ofSeconds(30));

  Result run(String hotline, String mediation, List<ListRead> reads, ScaleOptions options)
      throws IOException, InterruptedException {
    TicketApi api = new TicketApi(hotline, ScaleReads.AGENT, ScaleReads.AGENT);
    AtomicReference<OpenLoopLoad.Result> creates = new AtomicReference<>();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Thread creator =
        new Thread(
            () -> {
              try {
                creates.set(
                    OpenLoopLoad.run(
                        api,
                        CONNECTIONS,
                        options.rate(),
                        options.warmup(),
                        options.measure(),
                        DRAIN));
              } catch (RuntimeException e) {
                failure.set(e);
              }
            },
            "scale-creates");
    long measureFrom = System.nanoTime() + options.warmup().toNanos();
    long measureTo = measureFrom + options.measure().toNanos();
    creator.start();
    ReadRounds.run(reads, Integer.MAX_VALUE, measureFrom);
    WatchRounds hotlineBefore = rounds(hotline);
    WatchRounds mediationBefore = rounds(mediation);
    List<ReadRounds.Timed> timed = ReadRounds.run(reads, options.reads(), measureTo);
    creator.join();
    if (failure.get() != null) {
      throw failure.get();
    }
    return new Result(
        timed,
        creates.get().measured(),
        rounds(hotline).since(hotlineBefore),
        rounds(mediation).since(mediationBefore));
  }

  private WatchRounds rounds(String service) throws IOException, InterruptedException {
    return WatchRounds.parse(admin.get(service + PROMETHEUS, TEXT));
  }
}
