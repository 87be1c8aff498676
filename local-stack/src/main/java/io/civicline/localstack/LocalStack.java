package io.civicline.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher behind {@code ./run.sh}: checks the ports and jars, starts the MongoDB-wire server
 * and the Kafka broker, creates the event topics, starts the three services, waits until they are
 * ready and prints where they are. Ctrl-C (or SIGTERM) stops everything in order.
 */
public final class LocalStack {

  /** Printed once everything answers; the system test waits for it. */
  public static final String READY_LINE = "civicline local stack is ready";

  /** The last line of the summary printed once the stack is ready. */
  static final String STOP_HINT = "Press Ctrl-C to stop everything.";

  static final int EXIT_USAGE = 2;
  static final int EXIT_NOT_BUILT = 3;
  static final int EXIT_FAILED = 1;

  private final PrintStream out;
  private final PrintStream err;

  LocalStack(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new LocalStack(System.out, System.err).run(args, System.getenv()));
  }

  /** Runs the stack until it is stopped; returns at once with an exit code when it cannot start. */
  int run(String[] args, Map<String, String> environment) {
    if (StackOptions.wantsHelp(args)) {
      out.print(StackOptions.usage());
      return 0;
    }
    StackOptions options;
    try {
      options = StackOptions.parse(args, environment);
    } catch (OptionException e) {
      err.println(e.getMessage());
      return EXIT_USAGE;
    }
    Optional<String> portProblem = PortCheck.firstProblem(PortClaim.of(options));
    if (portProblem.isPresent()) {
      err.println(portProblem.get());
      return EXIT_USAGE;
    }
    for (Service service : Service.all(options)) {
      Path jar = service.jar(options.projectDir());
      if (!Files.isRegularFile(jar)) {
        err.printf(
            "%s is not built (no %s): build the project first with ./mvnw -DskipTests install"
                + " (./run.sh without --no-build does it).%n",
            service.name(), jar);
        return EXIT_NOT_BUILT;
      }
    }

    RunningStack stack = new RunningStack(out);
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
    try {
      long started = System.nanoTime();
      start(options, stack);
      printReady(options, Duration.ofNanos(System.nanoTime() - started));
    } catch (RuntimeException e) {
      if (stack.isStopping()) {
        return EXIT_FAILED;
      }
      err.println(
          e instanceof ChildFailedException
              ? ((ChildFailedException) e).report()
              : "The stack did not start: " + e.getMessage());
      stack.stop();
      return EXIT_FAILED;
    }
    stack.awaitEnd();
    if (!stack.isStopping()) {
      out.println("Every part of the stack has ended by itself; nothing is left to stop.");
    }
    return EXIT_FAILED;
  }

  private void start(StackOptions options, RunningStack stack) {
    Path logs = options.data().resolve("logs");
    createDirectories(logs);
    out.println("Starting the civicline local stack; logs in " + logs);

    out.printf(
        "  MongoDB-wire server on %s:%d (%s)%n",
        options.bindAddress(), options.mongoPort(), describeMongo(options));
    ChildProcess mongo = stack.mongo(MongoWireServerProcess.start(options, logs));

    out.printf("  Kafka broker on %s:%d (KRaft)%n", options.bindAddress(), options.kafkaPort());
    KafkaBroker broker = KafkaBroker.of(options, logs.resolve("kafka.log"));
    broker.prepare();
    ChildProcess kafka = stack.kafka(broker.start());

    Ports.awaitListening(mongo, options.localAddress(), options.mongoPort(), storeOpening(options));
    broker.awaitListening(kafka, Duration.ofSeconds(90));
    List<String> created =
        EventTopics.createMissing(
            broker.bootstrapServers(), options.retention(), Duration.ofSeconds(60));
    out.println(created.isEmpty() ? "  event topics are there" : "  created the topics " + created);

    Path users = DemoUsers.writeIfAbsent(options.data());
    Map<Service, ChildProcess> services = new LinkedHashMap<>();
    for (Service service : Service.all(options)) {
      out.printf("  %s on %s%n", service.name(), service.url());
      services.put(service, stack.service(service.start(options, users)));
    }
    Readiness.awaitAll(services, options.startupTimeout(), out);
  }

  /**
   * A store opens in seconds, but one written by an earlier version may rebuild indexes once, for
   * minutes on a large store (docs/upgrades.md): stopping it then would leave the same work for
   * every later start.
   */
  private static Duration storeOpening(StackOptions options) {
    Duration atLeast = Duration.ofMinutes(10);
    return options.startupTimeout().compareTo(atLeast) > 0 ? options.startupTimeout() : atLeast;
  }

  private void printReady(StackOptions options, Duration took) {
    out.println();
    out.printf("%s (%.1f s)%n", READY_LINE, took.toMillis() / 1000.0);
    for (Service service : Service.all(options)) {
      out.printf(
          "  %-18s API docs           %s/swagger-ui.html%n"
              + "  %18s health             %s/actuator/health%n",
          service.name(), service.url(), "", service.url());
    }
    out.printf("  Kafka              %s:%d%n", options.localAddress(), options.kafkaPort());
    out.printf(
        "  MongoDB            mongodb://%s:%d (%s)%n",
        options.localAddress(), options.mongoPort(), describeMongo(options));
    out.printf(
        "  Listening on %s%s%n",
        options.bindAddress(),
        options.isOpen()
            ? ": open to the network"
            : " only (" + Option.BIND_ADDRESS.howToChange() + " opens the stack)");
    out.println(
        "  Demo users (user / password: role), in " + options.data().resolve(DemoUsers.FILE_NAME));
    DemoUsers.USERS.forEach(
        (user, role) ->
            out.printf(
                "    %-10s / %-10s: %s%s%n",
                user, user, role.role(), role.department() == null ? "" : " " + role.department()));
    out.println("  Open311 demo app: api_key " + DemoUsers.OPEN311_KEY + " (channel APP)");
    out.println("  Data: " + options.data());
    out.println("  Logs: " + options.data().resolve("logs"));
    out.println(STOP_HINT);
  }

  private static String describeMongo(StackOptions options) {
    return options.mongoBackend() == StackOptions.MongoBackend.FILE
        ? "file backend, " + MongoWireServerProcess.file(options)
        : "memory backend: documents are lost on stop";
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
