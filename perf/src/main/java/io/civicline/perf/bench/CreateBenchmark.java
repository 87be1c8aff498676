package io.civicline.perf.bench;

import io.civicline.perf.Arguments;
import io.civicline.perf.StackPorts;
import io.civicline.perf.StackUnderTest;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The ticket-create benchmark ({@code ./bench.sh}): for each MongoDB-wire backend, starts the local
 * stack on free ports in a fresh data folder, measures the backend's raw insert rate, then {@code
 * POST /api/tickets} in a closed and an open loop, stops the stack, and prints a table of what it
 * measured.
 */
public final class CreateBenchmark {

  static final int EXIT_FAILED = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_NOT_BUILT = 3;

  private final PrintStream out;
  private final PrintStream err;
  private final BenchmarkReport report;
  private final AtomicReference<StackUnderTest> running = new AtomicReference<>();

  CreateBenchmark(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
    this.report = new BenchmarkReport(out);
  }

  public static void main(String[] args) {
    System.exit(new CreateBenchmark(System.out, System.err).run(args));
  }

  int run(String[] args) {
    if (Arguments.wantsHelp(args)) {
      out.print(BenchOptions.usage());
      return 0;
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return EXIT_USAGE;
    }
    Path missing = ServiceJars.firstMissing(options.projectDir());
    if (missing != null) {
      err.printf(
          "The services are not built (no %s): run ./bench.sh without --no-build, or ./mvnw"
              + " -DskipTests install.%n",
          missing);
      return EXIT_NOT_BUILT;
    }

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  StackUnderTest stack = running.get();
                  if (stack != null) {
                    err.println("Interrupted: stopping the local stack under test ...");
                    stack.stop();
                  }
                },
                "bench-shutdown"));

    report.header(options, MachineFacts.describe(), MachineFacts.loadAverage());
    boolean temporary = options.data() == null;
    Path root = temporary ? createTempDirectory() : createDirectories(options.data());
    Path jars = root.resolve("jars");
    List<BackendResult> results = new ArrayList<>();
    try {
      ServiceJars.copy(options.projectDir(), jars);
      out.printf(
          "jars:    the service jars of %s (newest built %s), copied to %s for this run%n%n",
          options.projectDir(), ServiceJars.newest(jars), jars);
      for (String backend : options.backends()) {
        results.add(measure(backend, options, root, jars));
      }
    } catch (RuntimeException e) {
      err.println("The benchmark stopped: " + e.getMessage());
      results.add(new BackendResult("-", 0, null, null, null, null, firstLine(e.getMessage())));
    } finally {
      deleteRecursively(jars);
    }
    report.table(options, results, MachineFacts.loadAverage());

    boolean succeeded = results.stream().allMatch(BackendResult::succeeded);
    if (results.stream().anyMatch(BackendResult::deservesALook)) {
      out.println(
          "Data and logs of the stacks under test are kept in "
              + root
              + " (a phase failed, had errors or had no success).");
    } else if (temporary) {
      deleteRecursively(root);
    } else {
      out.println("Data and logs of the stacks under test are in " + root);
    }
    return succeeded ? 0 : EXIT_FAILED;
  }

  private BackendResult measure(String backend, BenchOptions options, Path root, Path jars) {
    Path data;
    StackPorts ports;
    try {
      data = Files.createTempDirectory(root, backend + "-");
      ports = StackPorts.pick(options.ports());
    } catch (IOException | RuntimeException e) {
      report.progress(backend, "cannot prepare the stack: %s", e.getMessage());
      return new BackendResult(backend, 0, null, null, null, null, firstLine(e.getMessage()));
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
      checkAlive(stack);

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
      checkAlive(stack);

      report.progress(
          backend,
          "waiting up to %d s for the consumers to catch up with the closed loop's tickets ...",
          options.maxSettle().toSeconds());
      try (ConsumerBacklog backlog = new ConsumerBacklog(ports.kafka())) {
        report.progress(backend, backlog.awaitEmpty(options.maxSettle()).describe());
      }
      checkAlive(stack);

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
      checkAlive(stack);
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
          firstLine(e.getMessage()));
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

  /** A part of the stack that ended during a phase makes the figures meaningless: fail loudly. */
  private static void checkAlive(StackUnderTest stack) {
    String trouble = stack.troubleReport();
    if (trouble != null) {
      throw new IllegalStateException(trouble);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static Path createTempDirectory() {
    try {
      return Files.createTempDirectory("civicline-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path createDirectories(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // Leaving a temp folder behind is no reason to fail the run.
    }
  }
}
