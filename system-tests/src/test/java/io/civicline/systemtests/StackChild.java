package io.civicline.systemtests;

import io.civicline.localstack.ChildProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One process of a running stack (a service, the Kafka broker, the MongoDB-wire server), found
 * among the launcher's children by its command line, that a test kills with {@code kill -9} and
 * starts again as the launcher started it: same command line, working folder and log. The launcher
 * does not know the process started again: the test stops it.
 */
final class StackChild {

  private final String name;
  private final List<String> command;
  private final Path workingDir;
  private final Path log;
  private ProcessHandle process;
  private ChildProcess restarted;

  private StackChild(
      String name, List<String> command, Path workingDir, Path log, ProcessHandle process) {
    this.name = name;
    this.command = command;
    this.workingDir = workingDir;
    this.log = log;
    this.process = process;
  }

  /**
   * The launcher's child whose command line contains {@code mark} (its jar or main class), logging
   * to {@code <data>/logs/<name>.log} and started in {@code workingDir}.
   */
  static StackChild of(LaunchedStack stack, String name, String mark, Path workingDir) {
    ProcessHandle found =
        stack.launcher().children().stream()
            .filter(process -> process.info().commandLine().orElse("").contains(mark))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + mark + " among the launcher's children"));
    List<String> command = new ArrayList<>();
    command.add(found.info().command().orElseThrow());
    command.addAll(List.of(found.info().arguments().orElseThrow()));
    return new StackChild(name, command, workingDir, stack.logs().resolve(name + ".log"), found);
  }

  String name() {
    return name;
  }

  /** The process running now: the launcher's, or the one {@link #restart} started. */
  ProcessHandle process() {
    return process;
  }

  /** {@code kill -9}: no shutdown hook runs. */
  void killNine() throws Exception {
    StatsInstance.killNine(process);
  }

  /** Starts it again with the launcher's command line; returns at once. */
  ChildProcess restart() {
    restarted = ChildProcess.start(name, command, workingDir, log);
    process = restarted.process().toHandle();
    return restarted;
  }

  /** Stops the process {@link #restart} started, if any, as the launcher stops its own. */
  void stopRestarted(long graceSeconds) {
    if (restarted != null && restarted.isAlive()) {
      restarted.stop(graceSeconds);
    }
  }
}
