package io.civicline.perf.bench;

import io.civicline.perf.StackPorts;
import io.civicline.perf.StackUnderTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The create benchmark's phases on one backend: starts the local stack on free ports in a fresh
 * data folder, measures the backend's raw rates, then the closed and the open HTTP loops, and stops
 * the stack. {@code running} holds the stack while it runs, for the shutdown hook.
 */
final class BackendMeasurement {

  private final BenchOptions options;
  private final Path root;
  private final Path jars;
  private final BenchmarkReport report;
  private final AtomicReference<StackUnderTest> running;

  BackendMeasurement(
      BenchOptions options,
      Path root,
      Path jars,
      BenchmarkReport report,
      AtomicReference<StackUnderTest> running) {
    this.options = options;
    this.root = root;
    this.jars = jars;
    this.report = report;
    this.running = running;
  }

  BackendResult measure(String backend) {
    Path data;
    StackPorts ports;
    try {
      data = Files.createTempDirectory(root, backend + "-");
      ports = StackPorts.pick(options.ports());
    } catch (IOException | RuntimeException e) {
      report.progress(backend, "cannot prepare the stack: %s", e.getMessage());
      return new BackendResult(
          backend, 0, null, null, null, null, BenchFolders.firstLine(e.getMessage()));
    }
    report.progress(
        backend,
        "starting the local stack: hotline %s, MongoDB-wire 127.0.0.1:%d, Kafka 127.0.0.1:%d;"
            + " launcher output in %s",
        ports.hotlineUrl(),
        ports.mongo(),
        ports.kafka(),
        data.resolve("launcher.log"));
    long started = System.nanoTime();
    StackUnderTest stack = null;
    double readySeconds = 0;
    RawStoreProbe.Limits raw = new RawStoreProbe.Limits(null, null);
    PhaseResult closed = null;
    PhaseResult open = null;
    try {
      stack =
          new StackUnderTest(
              StackUnderTest.launcherJar(options.projectDir()), jars, ports, line -> {});
      running.set(stack);
      stack.start(data, options.startupTimeout(), List.of("--mongo-backend=" + backend), Map.of());
      stack.awaitReady(options.startupTimeout().plusSeconds(180));
      readySeconds = (System.nanoTime() - started) / 1e9;
      report.progress(backend, "the stack is ready (%.1f s)", readySeconds);

      report.progress(
          backend,
          "raw inserts, then updates, into database '%s': %d threads, warm-up %d s, measured %d s"
              + " each ...",
          RawStoreProbe.DATABASE,
          options.concurrency(),
          options.warmup().toSeconds(),
          options.measure().toSeconds());
      raw =
          RawStoreProbe.run(
              ports.mongo(), options.concurrency(), options.warmup(), options.measure());
      report.raw(backend, raw);
      stack.checkRunning();

      TicketApi api = new TicketApi(ports.hotlineUrl(), "agent", "agent");
      firstRequest(backend, api);
      report.progress(
          backend,
          "HTTP closed loop: %d clients back to back, warm-up %d-%d s until steady, measured %d s"
              + " ...",
          options.concurrency(),
          options.warmup().toSeconds(),
          options.maxWarmup().toSeconds(),
          options.measure().toSeconds());
      closed =
          ClosedLoopLoad.run(
              api, options.concurrency(), options.warmup(), options.maxWarmup(), options.measure());
      report.closedLoop(backend, closed);
      stack.checkRunning();

      report.progress(
          backend,
          "waiting up to %d s for the consumers to catch up with the closed loop's tickets ...",
          options.maxSettle().toSeconds());
      try (ConsumerBacklog backlog = new ConsumerBacklog(ports.kafka())) {
        report.progress(backend, backlog.awaitEmpty(options.maxSettle()).describe());
      }
      stack.checkRunning();

      report.progress(
          backend,
          "HTTP open loop: %d/s offered over %d connections, %d s of warm-up, then measured for %d"
              + " s (plus up to %d s to drain) ...",
          options.rate(),
          options.concurrency(),
          options.openWarmup().toSeconds(),
          options.measure().toSeconds(),
          options.measure().toSeconds());
      OpenLoopLoad.Result openLoop =
          OpenLoopLoad.run(
              api,
              options.concurrency(),
              options.rate(),
              options.openWarmup(),
              options.measure(),
              options.measure());
      open = openLoop.measured();
      report.openLoop(backend, open);
      Path chart = options.charts().resolve(backend + "-open-loop-latency.png");
      LineChart.write(
          chart,
          String.format(
              "%s backend: create latency at %d/s offered (warm-up %d s, then measured)",
              backend, options.rate(), options.openWarmup().toSeconds()),
          "seconds since the first scheduled request",
          "latency from the scheduled time, ms",
          openLoop.timeline().series());
      report.progress(backend, "chart of the open loop's latency per second: %s", chart);
      stack.checkRunning();
      return new BackendResult(
          backend, readySeconds, raw.inserts(), raw.updates(), closed, open, null);
    } catch (RuntimeException e) {
      report.progress(backend, "FAILED: %s", e.getMessage());
      return new BackendResult(
          backend,
          readySeconds,
          raw.inserts(),
          raw.updates(),
          closed,
          open,
          BenchFolders.firstLine(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new BackendResult(
          backend, readySeconds, raw.inserts(), raw.updates(), closed, open, "interrupted");
    } finally {
      if (stack != null) {
        report.progress(backend, "stopping the stack ...");
        long stopping = System.nanoTime();
        boolean inTime = stack.stop();
        running.set(null);
        report.progress(
            backend,
            "stopped in %.1f s%s",
            (System.nanoTime() - stopping) / 1e9,
            inTime ? "" : " (something had to be killed)");
      }
    }
  }

  /**
   * One create before the load, alone: the agent's first login and the first create pay one-off
   * costs (the service may re-encode a {@code {noop}} password on first use) that would otherwise
   * hit all clients at once. Its time is printed, not counted.
   */
  private void firstRequest(String backend, TicketApi api) throws InterruptedException {
    long sent = System.nanoTime();
    String outcome;
    try {
      outcome = Outcomes.ofStatus(api.create());
    } catch (IOException e) {
      outcome = Outcomes.ofFailure(e);
    }
    report.progress(
        backend,
        "first create as agent, alone: %s in %s (not counted)",
        outcome,
        BenchmarkReport.millis(System.nanoTime() - sent));
  }
}
