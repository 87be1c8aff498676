package io.civicline.localstack.bench;

import io.civicline.localstack.LocalStack;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The whole local stack with one MongoDB-wire backend, started as {@code ./run.sh --no-build}
 * starts it: the {@link LocalStack} launcher as a child JVM on this program's classpath, with its
 * output in {@code <data>/launcher.log}. Ready when the launcher prints its ready line; stopped
 * with SIGTERM, which makes the launcher stop the services, Kafka and the MongoDB-wire server in
 * order.
 */
final class StackUnderTest implements AutoCloseable {

  /** The launcher's line once every service answers (LocalStack.READY_LINE). */
  static final String READY_LINE = "civicline local stack is ready";

  /** The launcher's words when one of its children ends without being asked to. */
  private static final String UNEXPECTED_STOP = "stopped unexpectedly";

  private static final long STOP_GRACE_SECONDS = 90;

  private final String backend;
  private final StackPorts ports;
  private final Path data;
  private final Process launcher;
  private boolean stopped;

  private StackUnderTest(String backend, StackPorts ports, Path data, Process launcher) {
    this.backend = backend;
    this.ports = ports;
    this.data = data;
    this.launcher = launcher;
  }

  /**
   * Starts the launcher on the service jars under {@code projectDir} (see {@link ServiceJars});
   * call {@link #awaitReady} next.
   */
  static StackUnderTest start(
      String backend, StackPorts ports, Path data, Path projectDir, Duration startupTimeout) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classpath());
    command.add(LocalStack.class.getName());
    command.add("--project-dir=" + projectDir);
    command.add("--data=" + data);
    command.add("--mongo-backend=" + backend);
    command.add("--startup-timeout=" + startupTimeout.toSeconds());
    command.addAll(ports.launcherArguments());
    try {
      Files.createDirectories(data);
      Process process =
          new ProcessBuilder(command)
              .directory(projectDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(data.resolve("launcher.log").toFile())
              .start();
      return new StackUnderTest(backend, ports, data, process);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the local stack: " + e.getMessage(), e);
    }
  }

  /**
   * Waits for the ready line; fails with the launcher's last lines if it ends or takes too long.
   */
  void awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!launcherLog().contains(READY_LINE)) {
      if (!launcher.isAlive()) {
        throw new IllegalStateException(
            "The local stack ("
                + backend
                + ") ended with exit code "
                + launcher.exitValue()
                + ":\n"
                + lastLines(30));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "The local stack ("
                + backend
                + ") was not ready within "
                + timeout.toSeconds()
                + " s:\n"
                + lastLines(30));
      }
      Thread.sleep(250);
    }
  }

  StackPorts ports() {
    return ports;
  }

  Path data() {
    return data;
  }

  /**
   * Null while every part of the stack runs; otherwise what ended (the launcher says so when one of
   * its children stops unexpectedly), with the launcher's last lines.
   */
  String troubleReport() {
    if (!launcher.isAlive()) {
      return "The local stack ("
          + backend
          + ") ended with exit code "
          + launcher.exitValue()
          + ":\n"
          + lastLines(30);
    }
    String log = launcherLog();
    if (log.contains(UNEXPECTED_STOP)) {
      return log.lines()
              .filter(line -> line.contains(UNEXPECTED_STOP))
              .collect(Collectors.joining("; "))
          + "\n"
          + lastLines(30);
    }
    return null;
  }

  /**
   * Stops the stack through the launcher (SIGTERM) and waits; kills whatever is left after the
   * grace period. Returns true when everything stopped by itself. Later calls do nothing.
   */
  synchronized boolean stop() {
    if (stopped) {
      return true;
    }
    stopped = true;
    List<ProcessHandle> descendants = launcher.toHandle().descendants().toList();
    launcher.toHandle().destroy();
    boolean inTime;
    try {
      inTime = launcher.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      inTime = false;
    }
    if (!inTime) {
      launcher.destroyForcibly();
    }
    for (ProcessHandle child : descendants) {
      if (child.isAlive()) {
        inTime = false;
        child.destroyForcibly();
      }
    }
    return inTime;
  }

  @Override
  public void close() {
    stop();
  }

  String lastLines(int count) {
    List<String> lines = Arrays.asList(launcherLog().split("\n"));
    return lines.subList(Math.max(0, lines.size() - count), lines.size()).stream()
        .map(line -> "    " + line)
        .collect(Collectors.joining("\n"));
  }

  private String launcherLog() {
    try {
      return new String(Files.readAllBytes(data.resolve("launcher.log")), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** This program's classpath with absolute entries: the jar and its lib/ folder. */
  private static String classpath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
        .collect(Collectors.joining(File.pathSeparator));
  }
}
