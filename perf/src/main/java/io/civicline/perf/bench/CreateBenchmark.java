package io.civicline.perf.bench;

import io.civicline.perf.Arguments;
import io.civicline.perf.StackUnderTest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

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
    Path root = BenchFolders.rootOf(options.data());
    Path jars = root.resolve("jars");
    List<BackendResult> results = new ArrayList<>();
    BackendMeasurement measurement = new BackendMeasurement(options, root, jars, report, running);
    try {
      ServiceJars.copy(options.projectDir(), jars);
      out.printf(
          "jars:    the service jars of %s (newest built %s), copied to %s for this run%n%n",
          options.projectDir(), ServiceJars.newest(jars), jars);
      for (String backend : options.backends()) {
        results.add(measurement.measure(backend));
      }
    } catch (RuntimeException e) {
      err.println("The benchmark stopped: " + e.getMessage());
      results.add(
          new BackendResult(
              "-", 0, null, null, null, null, BenchFolders.firstLine(e.getMessage())));
    } finally {
      BenchFolders.deleteRecursively(jars);
    }
    report.table(options, results, MachineFacts.loadAverage());

    boolean succeeded = results.stream().allMatch(BackendResult::succeeded);
    if (results.stream().anyMatch(BackendResult::deservesALook)) {
      out.println(
          "Data and logs of the stacks under test are kept in "
              + root
              + " (a phase failed, had errors or had no success).");
    } else if (temporary) {
      BenchFolders.deleteRecursively(root);
    } else {
      out.println("Data and logs of the stacks under test are in " + root);
    }
    return succeeded ? 0 : EXIT_FAILED;
  }
}
