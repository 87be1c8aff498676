package io.civicline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One part of the stack running as a child process, its output appended to its log file.
 *
 * <p>The child runs in its own session (Linux {@code setsid}) where that exists, so that Ctrl-C in
 * the terminal reaches the launcher alone and the launcher stops the children in order.
 */
public final class ChildProcess {

  private static final Path SETSID = Path.of("/usr/bin/setsid");

  private final String name;
  private final Process process;
  private final Path log;

  private ChildProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  public static ChildProcess start(String name, List<String> command, Path workingDir, Path log) {
    List<String> line = new ArrayList<>();
    if (Files.isExecutable(SETSID)) {
      line.add(SETSID.toString());
    }
    line.addAll(command);
    if (command.get(0).equals(JavaCommand.java())) {
      line.add(line.size() - command.size() + 1, JavaCommand.gcLog(log));
    }
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      Process process =
          new ProcessBuilder(line)
              .directory(workingDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
      return new ChildProcess(name, process, log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name + ": " + e.getMessage(), e);
    }
  }

  public String name() {
    return name;
  }

  public Process process() {
    return process;
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Asks the child to stop (SIGTERM) and waits up to {@code graceSeconds} before killing it; true
   * when it stopped by itself.
   */
  public boolean stop(long graceSeconds) {
    process.destroy();
    return awaitExit(graceSeconds);
  }

  /** Waits for a child already asked to stop, then kills it; true when it stopped by itself. */
  public boolean awaitExit(long graceSeconds) {
    try {
      if (process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
        return true;
      }
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    return false;
  }

  /** The last lines of the child's log, to show why it stopped. */
  public List<String> lastLogLines(int count) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return lines.subList(Math.max(0, lines.size() - count), lines.size());
    } catch (IOException e) {
      return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
    }
  }
}
