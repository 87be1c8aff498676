package io.civicline.systemtests;

import io.civicline.localstack.ChildProcess;
import io.civicline.localstack.DemoUsers;
import io.civicline.localstack.JavaCommand;
import io.civicline.localstack.Service;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A stats-service process the system test starts itself, with the arguments the launcher gives its
 * own ({@link Service#arguments}): same broker, same application id, same demo users, its own port
 * and state folder. Also how the test restarts the launcher's instance after killing it.
 */
final class StatsInstance {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final List<String> command;
  private final Path log;
  private ChildProcess child;

  private StatsInstance(String name, int port, List<String> command, Path log) {
    this.name = name;
    this.port = port;
    this.command = command;
    this.log = log;
  }

  /**
   * An instance on {@code port} keeping its state in {@code stateDir}, logging to {@code
   * <data>/logs/<name>.log}, as the launcher starts stats-service over {@code data}.
   */
  static StatsInstance of(String name, LaunchedStack stack, Path data, int port, Path stateDir) {
    Path jar =
        LaunchedStack.PROJECT
            .resolve("stats-service")
            .resolve("target")
            .resolve("stats-service.jar");
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    args.add("--spring.kafka.bootstrap-servers=127.0.0.1:" + stack.kafka);
    args.add("--spring.kafka.streams.state-dir=" + stateDir);
    args.add(Service.DEV_PROFILE);
    args.add(
        "--spring.config.additional-location=file:"
            + data.resolve(DemoUsers.FILE_NAME).toAbsolutePath());
    return new StatsInstance(
        name, port, JavaCommand.ofJar(jar, args), data.resolve("logs").resolve(name + ".log"));
  }

  /** The launcher's own stats-service child, found by its command line. */
  static Optional<ProcessHandle> launchersInstance(LaunchedStack stack) {
    return stack.launcher().children().stream()
        .filter(process -> process.info().commandLine().orElse("").contains("stats-service.jar"))
        .findFirst();
  }

  int port() {
    return port;
  }

  String name() {
    return name;
  }

  /** Starts the process (appending to its log); returns at once. */
  StatsInstance start() {
    child = ChildProcess.start(name, command, LaunchedStack.PROJECT, log);
    return this;
  }

  ProcessHandle handle() {
    return child.process().toHandle();
  }

  /** True when it answers 200 on readiness: Kafka Streams running and its figures caught up. */
  boolean isReady() {
    if (child != null && !child.isAlive()) {
      throw new IllegalStateException(
          name + " exited: " + String.join("\n", child.lastLogLines(40)));
    }
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(3))
            .GET()
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** {@code kill -9}: no shutdown hook, no clean close of Kafka Streams. */
  void kill() throws Exception {
    killNine(handle());
  }

  /** Stops it as the launcher does (SIGTERM, then kill after 20 s). */
  void stop() {
    if (child != null && child.isAlive()) {
      child.stop(20);
    }
  }

  /** Sends SIGKILL and waits until the process is gone. */
  static void killNine(ProcessHandle process) throws Exception {
    process.destroyForcibly();
    process.onExit().get(30, TimeUnit.SECONDS);
  }
}
