package io.civicline.perf.bench;

import io.civicline.perf.Arguments;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The settings of one benchmark run, from {@code --name=value} arguments. */
record BenchOptions(
    List<String> backends,
    Duration measure,
    Duration warmup,
    Duration maxWarmup,
    Duration openWarmup,
    Duration maxSettle,
    int concurrency,
    int rate,
    Path data,
    Path charts,
    Path projectDir,
    Duration startupTimeout,
    List<Integer> ports) {

  static final List<String> BACKENDS = List.of("memory", "file");

  /** The port options in the order of {@link io.civicline.perf.StackPorts}' components. */
  static final List<String> PORT_OPTIONS =
      List.of(
          "kafka-port",
          "kafka-controller-port",
          "mongo-port",
          "hotline-port",
          "mediation-port",
          "stats-port");

  private static final Map<String, String> DEFAULTS = defaults();

  static BenchOptions parse(String[] args) {
    Arguments given = Arguments.parse(args, DEFAULTS);
    List<String> backends = new ArrayList<>();
    for (String backend : given.text("backends").split(",")) {
      String name = backend.trim().toLowerCase(Locale.ROOT);
      if (!BACKENDS.contains(name)) {
        throw new IllegalArgumentException(
            "--backends takes memory and/or file, comma-separated, not '" + backend + "'.");
      }
      backends.add(name);
    }
    List<Integer> ports = new ArrayList<>();
    for (String option : PORT_OPTIONS) {
      int port = given.number(option, 0);
      if (port > 65535) {
        throw new IllegalArgumentException("--" + option + " must be a port, not " + port + ".");
      }
      ports.add(port);
    }
    return new BenchOptions(
        List.copyOf(backends),
        given.seconds("seconds", 1),
        given.seconds("warmup", 0),
        given.seconds("max-warmup", 0),
        given.seconds("open-warmup", 0),
        given.seconds("max-settle", 0),
        given.number("concurrency", 1),
        given.number("rate", 1),
        given.path("data"),
        given.path("charts"),
        given.path("project-dir"),
        given.seconds("startup-timeout", 1),
        List.copyOf(ports));
  }

  static String usage() {
    return String.join(
        "\n",
        "Usage: ./bench.sh [--no-build] [--name=value ...]",
        "Starts the local stack once per MongoDB-wire backend, on free ports and in a fresh data",
        "folder, and measures: the raw insert rate of the backend (MongoDB driver, database"
            + " 'bench'),",
        "then POST /api/tickets as agent in a closed loop (clients back to back) and in an open"
            + " loop",
        "(requests at a fixed rate, latency from the scheduled time). Prints a table at the end.",
        "",
        "  --backends=memory,file      backends to measure, in this order (default memory,file)",
        "  --seconds=N                 measured seconds per phase (default 30)",
        "  --warmup=N                  warm-up seconds before the raw phase, and the least"
            + " before",
        "                              the closed loop, which warms up until its throughput is"
            + " steady",
        "                              (two 10 s windows within 5 %) (default 20)",
        "  --max-warmup=N              the most warm-up seconds of the closed loop (default 300)",
        "  --open-warmup=N             seconds the open loop runs at its rate before it measures"
            + " (default 60)",
        "  --max-settle=N              the most seconds to wait, before the open loop, for the"
            + " consumers",
        "                              (stats-service) to catch up with the closed loop's tickets"
            + " (default 600)",
        "  --concurrency=N             clients / connections / insert threads (default 32)",
        "  --rate=N                    requests per second offered in the open loop (default 500)",
        "  --data=DIR                  where each stack's data folder is made (default: a temp"
            + " folder,",
        "                              deleted after a successful run)",
        "  --charts=DIR                where the PNG charts go (default target/bench-charts)",
        "  --project-dir=DIR           the build: local-stack/target/local-stack.jar and"
            + " <service>/target/<service>.jar (default .)",
        "  --startup-timeout=S         seconds the launcher waits for the services (default 180)",
        "  --kafka-port=N --kafka-controller-port=N --mongo-port=N",
        "  --hotline-port=N --mediation-port=N --stats-port=N",
        "                              fixed ports instead of free ones (default: free ports,",
        "                              never 8081-8083, 9092, 9093 or 27017)",
        "  --no-build                  bench.sh only: skip the Maven build",
        "");
  }

  private static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("backends", String.join(",", BACKENDS));
    defaults.put("seconds", "30");
    defaults.put("warmup", "20");
    defaults.put("max-warmup", "300");
    defaults.put("open-warmup", "60");
    defaults.put("max-settle", "600");
    defaults.put("concurrency", "32");
    defaults.put("rate", "500");
    defaults.put("data", "");
    defaults.put("charts", "target/bench-charts");
    defaults.put("project-dir", ".");
    defaults.put("startup-timeout", "180");
    PORT_OPTIONS.forEach(option -> defaults.put(option, "0"));
    return defaults;
  }
}
