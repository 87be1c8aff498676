package io.civicline.perf.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.civicline.perf.Arguments;
import io.civicline.perf.StackPorts;
import io.civicline.perf.StackUnderTest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The scale benchmark ({@code ./bench.sh scale}): the local stack on the MongoDB-wire server's file
 * backend with its stores filled to a city's year or more ({@link StoreFill}), the store's raw
 * rates, then the everyday reads and the overdue watchers' rounds while tickets are created at a
 * fixed rate ({@link ScaleMeasurement}), in one table against the bar ({@link ScaleReport}).
 */
public final class ScaleBenchmark {

  private static final int RAW_THREADS = 8;
  private static final Duration RAW_WARMUP = Duration.ofSeconds(5);

  private final PrintStream out;

  ScaleBenchmark(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    ScaleOptions options;
    if (Arguments.wantsHelp(args)) {
      System.out.print(ScaleOptions.usage());
      return;
    }
    try {
      options = ScaleOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage() + "\n\n" + ScaleOptions.usage());
      System.exit(CreateBenchmark.EXIT_USAGE);
      return;
    }
    Path missing = ServiceJars.firstMissing(options.projectDir());
    if (missing != null) {
      System.err.printf("The services are not built (no %s).%n", missing);
      System.exit(CreateBenchmark.EXIT_NOT_BUILT);
    }
    System.exit(new ScaleBenchmark(System.out).run(options));
  }

  int run(ScaleOptions options) throws Exception {
    out.println("civicline scale benchmark");
    out.println(MachineFacts.describe());
    Path root = BenchFolders.rootOf(options.data());
    Path jars = ServiceJars.copy(options.projectDir(), root.resolve("jars"));
    StackPorts ports = StackPorts.free();
    StackUnderTest stack =
        new StackUnderTest(
            StackUnderTest.launcherJar(options.projectDir()), jars, ports, line -> {});
    Thread stopper = new Thread(stack::stop, "scale-shutdown");
    Runtime.getRuntime().addShutdownHook(stopper);
    Path data = root.resolve("stack");
    out.printf(
        "starting the local stack (file backend) in %s: hotline %s, MongoDB-wire 127.0.0.1:%d ...%n",
        data, ports.hotlineUrl(), ports.mongo());
    String interval = options.watchInterval().toSeconds() + "s";
    stack.start(
        data,
        options.startupTimeout(),
        List.of("--mongo-backend=file"),
        Map.of(
            "CIVICLINE_HOTLINE_SLA_WATCH_INTERVAL", interval,
            "CIVICLINE_MEDIATION_WATCH_INTERVAL", interval));
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + ports.mongo())) {
      stack.awaitReady(options.startupTimeout().plusSeconds(60));
      String hotline = ports.hotlineUrl();
      String mediation = "http://127.0.0.1:" + ports.mediation();
      MongoDatabase hotlineStore = client.getDatabase("hotline");
      MongoDatabase mediationStore = client.getDatabase("mediation");
      StoreFill fill = new StoreFill(hotlineStore, mediationStore, out);
      fill.seed(
          hotline, mediation, "http://127.0.0.1:" + ports.stats(), root.resolve("seed-load.log"));
      fill.fill(options.tickets(), options.cases());
      stack.checkRunning();

      out.printf(
          "raw store rates: %d threads, %d s warm-up, %d s measured ...%n",
          RAW_THREADS, RAW_WARMUP.toSeconds(), options.rawMeasure().toSeconds());
      RawStoreProbe.Limits raw =
          RawStoreProbe.run(ports.mongo(), RAW_THREADS, RAW_WARMUP, options.rawMeasure());
      stack.checkRunning();

      fill.due(options.due(), options.dueSpan());
      var tickets = hotlineStore.getCollection(CloneShape.TICKETS.collection());
      var cases = mediationStore.getCollection(CloneShape.CASES.collection());
      List<ListRead> reads = ScaleReads.of(hotline, mediation, tickets, cases);
      out.printf(
          "measuring: creates at %d/s (%d s warm-up, %d s measured); each read %d times meanwhile"
              + " ...%n",
          options.rate(),
          options.warmup().toSeconds(),
          options.measure().toSeconds(),
          options.reads());
      ScaleMeasurement.Result result =
          new ScaleMeasurement().run(hotline, mediation, reads, options);
      stack.checkRunning();
      ScaleReport.print(
          out,
          result,
          options.rate(),
          raw,
          tickets.estimatedDocumentCount(),
          cases.estimatedDocumentCount());
      return ScaleReport.passes(result, options.rate()) ? 0 : CreateBenchmark.EXIT_FAILED;
    } finally {
      out.println("stopping the stack ...");
      if (!stack.stop()) {
        out.println("the stack did not stop in time: something had to be killed");
      }
      Runtime.getRuntime().removeShutdownHook(stopper);
      BenchFolders.deleteRecursively(jars);
      if (options.data() == null) {
        BenchFolders.deleteRecursively(root);
      } else {
        out.println(
            "the filled store is kept in " + data + " (--data=" + root + " measures it again)");
      }
    }
  }
}
