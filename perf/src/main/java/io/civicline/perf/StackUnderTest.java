package io.civicline.perf;

import io.civicline.localstack.JavaCommand;
import io.civicline.localstack.LauncherProcess;
import io.civicline.localstack.LocalStack;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The whole local stack on its own ports, started as {@code ./run.sh --no-build} starts it ({@code
 * java -jar local-stack.jar}), for the benchmarks and the system tests. Ready when the launcher
 * prints its ready line; stopped with SIGTERM, which makes the launcher stop the services, Kafka
 * and the MongoDB-wire server in order, as Ctrl-C does.
 */
public final class StackUnderTest implements AutoCloseable {

  /** The launcher's words when one of its children ends without being asked to. */
  private static final String UNEXPECTED_STOP = "stopped unexpectedly";

  private static final long STOP_GRACE_SECONDS = 90;

  private final Path launcherJar;
  private final Path projectDir;
  private final StackPorts ports;
  private final Consumer<String> echo;
  private Path data;
  private LauncherProcess launcher;
  private PrintStream launcherLog;
  private boolean stopped;

  /**
   * A stack of the launcher {@code launcherJar} on the service jars under {@code projectDir}
   * ({@code <service>/target/<service>.jar}); the launcher's output lines go to {@code echo}.
   */
  public StackUnderTest(
      Path launcherJar, Path projectDir, StackPorts ports, Consumer<String> echo) {
    this.launcherJar = launcherJar;
    this.projectDir = projectDir;
    this.ports = ports;
    this.echo = echo;
  }

  /** Where a build of the project puts the launcher. */
  public static Path launcherJar(Path project) {
    return project.resolve("local-stack").resolve("target").resolve("local-stack.jar");
  }

  /** The command that starts a launcher on this stack's ports over {@code dataDir}. */
  public List<String> command(Path dataDir, Duration startupTimeout, List<String> options) {
    List<String> command = new ArrayList<>();
    command.add(JavaCommand.java());
    command.add("-jar");
    command.add(launcherJar.toString());
    command.add("--no-build");
    command.add("--project-dir=" + projectDir);
    command.add("--data=" + dataDir);
    command.add("--startup-timeout=" + startupTimeout.toSeconds());
    command.addAll(ports.launcherArguments());
    command.addAll(options);
    return command;
  }

  /**
   * Starts the launcher over {@code dataDir} with launcher {@code options} and {@code environment}
   * added; returns at once: call {@link #awaitReady} next. Its output also goes to {@code
   * <data>/launcher.log}.
   */
  public void start(
      Path dataDir,
      Duration startupTimeout,
      List<String> options,
      Map<String, String> environment) {
    this.data = dataDir;
    try {
      Files.createDirectories(dataDir);
      launcherLog =
          new PrintStream(
              Files.newOutputStream(dataDir.resolve("launcher.log")), true, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + dataDir + ": " + e.getMessage(), e);
    }
    launcher =
        LauncherProcess.start(
            command(dataDir, startupTimeout, options),
            environment,
            line -> {
              launcherLog.println(line);
              echo.accept(line);
            });
  }

  /**
   * Waits for the ready line; fails with the launcher's last lines if it ends or takes too long.
   */
  public void awaitReady(Duration timeout) {
    launcher.awaitLine(LocalStack.READY_LINE, timeout);
  }

  public StackPorts ports() {
    return ports;
  }

  public Path data() {
    return data;
  }

  /** Where the launcher writes the children's logs: {@code <data>/logs/<name>.log}. */
  public Path logs() {
    return data.resolve("logs");
  }

  public LauncherProcess launcher() {
    return launcher;
  }

  /**
   * Null while every part of the stack runs; otherwise what ended (the launcher says so when one of
   * its children stops unexpectedly), with the launcher's last lines.
   */
  public String troubleReport() {
    if (!launcher.process().isAlive()) {
      return "The local stack ended with exit code "
          + launcher.process().exitValue()
          + ":\n"
          + launcher.lastLines(30);
    }
    String output = launcher.output();
    if (output.contains(UNEXPECTED_STOP)) {
      return output
              .lines()
              .filter(line -> line.contains(UNEXPECTED_STOP))
              .collect(Collectors.joining("; "))
          + "\n"
          + launcher.lastLines(30);
    }
    return null;
  }

  /** A part of the stack that ended makes a phase's figures meaningless: fails loudly then. */
  public void checkRunning() {
    String trouble = troubleReport();
    if (trouble != null) {
      throw new IllegalStateException(trouble);
    }
  }

  /**
   * Stops the stack through the launcher (SIGTERM) and waits; kills whatever is left after the
   * grace period. Returns true when everything stopped by itself. Later calls do nothing.
   */
  public synchronized boolean stop() {
    if (stopped || launcher == null) {
      return true;
    }
    stopped = true;
    List<ProcessHandle> descendants = launcher.children();
    launcher.sigterm();
    boolean inTime;
    try {
      inTime = launcher.process().waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      inTime = false;
    }
    if (!inTime) {
      launcher.process().destroyForcibly();
    }
    for (ProcessHandle child : descendants) {
      if (child.isAlive()) {
        inTime = false;
        child.destroyForcibly();
      }
    }
    launcherLog.close();
    return inTime;
  }

  @Override
  public void close() {
    stop();
  }
}
