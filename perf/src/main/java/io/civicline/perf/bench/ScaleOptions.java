package io.civicline.perf.bench;

import io.civicline.perf.Arguments;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of {@code ./bench.sh scale}, from {@code --name=value} arguments; see {@link
 * #usage()}.
 *
 * @param data the folder the stack keeps its data in, kept after the run; null: a temporary one
 * @param reads how many times each read is measured
 * @param due how many copies per collection fall due for a watcher while the reads run
 */
record ScaleOptions(
    long tickets,
    long cases,
    Path data,
    int rate,
    int reads,
    Duration warmup,
    Duration measure,
    Duration watchInterval,
    int due,
    Duration rawMeasure,
    Path projectDir,
    Duration startupTimeout) {

  static ScaleOptions parse(String[] args) {
    Arguments given = Arguments.parse(args, defaults());
    return new ScaleOptions(
        given.longNumber("tickets", 1),
        given.longNumber("cases", 1),
        given.path("data"),
        given.number("rate", 1),
        given.number("reads", 1),
        given.seconds("warmup", 0),
        given.seconds("seconds", 1),
        given.seconds("watch-interval", 1),
        given.number("due", 0),
        given.seconds("raw-seconds", 1),
        given.path("project-dir"),
        given.seconds("startup-timeout", 1));
  }

  /** How long a due copy's time may lie ahead: until the end of the measured time. */
  Duration dueSpan() {
    return warmup.plus(measure);
  }

  static String usage() {
    return String.join(
        "\n",
        "Usage: ./bench.sh scale [--no-build] [--name=value ...]",
        "Starts the local stack on free ports with the MongoDB-wire server's file backend, fills"
            + " the stores",
        "with copies of tickets and cases the load generator made through the APIs, measures the"
            + " store's",
        "raw rates, then times the everyday reads through the APIs, and the overdue watchers'"
            + " rounds,",
        "while tickets are created at a fixed rate. Prints one table against the bar: reads and"
            + " rounds",
        "p99 < 50 ms, creates p99 < 100 ms.",
        "",
        "  --tickets=N          tickets in the store (default 1000000)",
        "  --cases=N            cases in the store (default 1000000)",
        "  --data=DIR           the stack's data folder, kept: a second run measures the filled"
            + " store again",
        "                       without loading (default: a temporary folder, deleted after)",
        "  --rate=N             tickets created per second while the reads run (default 200)",
        "  --reads=N            times each read is measured (default 200)",
        "  --warmup=S           seconds of creates (and reads, not counted) before measuring"
            + " (default 20)",
        "  --seconds=S          measured seconds of creates; the reads run within them, and the"
            + " watchers'",
        "                       rounds counted are those of this time (default 120)",
        "  --watch-interval=S   seconds between the overdue watchers' rounds (default 2)",
        "  --due=N              copies per collection falling due while measured (default 2000)",
        "  --raw-seconds=S      measured seconds of each raw store phase (default 15)",
        "  --project-dir=DIR    the build (default .)",
        "  --startup-timeout=S  seconds the launcher waits for the services (default 300)",
        "  --no-build           bench.sh only: skip the Maven build",
        "");
  }

  private static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("tickets", "1000000");
    defaults.put("cases", "1000000");
    defaults.put("data", "");
    defaults.put("rate", "200");
    defaults.put("reads", "200");
    defaults.put("warmup", "20");
    defaults.put("seconds", "120");
    defaults.put("watch-interval", "2");
    defaults.put("due", "2000");
    defaults.put("raw-seconds", "15");
    defaults.put("project-dir", ".");
    defaults.put("startup-timeout", "300");
    return defaults;
  }
}
