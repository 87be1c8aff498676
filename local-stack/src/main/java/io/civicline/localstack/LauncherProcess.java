package io.civicline.localstack;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The launcher started as a user starts it, its output collected line by line. */
final class LauncherProcess {

  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private LauncherProcess(Process process) {
    this.process = process;
    reader = new Thread(this::collectOutput, "launcher-output");
    reader.setDaemon(true);
    reader.start();
  }

  static LauncherProcess start(List<String> command) {
    return start(command, Map.of());
  }

  /** Starts {@code command} with {@code environment} added to this JVM's. */
  static LauncherProcess start(List<String> command, Map<String, String> environment) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().putAll(environment);
      return new LauncherProcess(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code java -cp <test classpath> LocalStack args}: the launcher of this build's classes. */
  static LauncherProcess fromClasses(List<String> args) {
    return start(JavaCommand.ofMainClass(List.of(), LocalStack.class, args.toArray(String[]::new)));
  }

  /** Waits for the launcher to end and its output to be read; true when it ended in time. */
  boolean awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return false;
    }
    reader.join(10_000);
    return true;
  }

  /**
   * Sends SIGTERM, as Ctrl-C or {@code kill} do. Through the process handle: {@link
   * Process#destroy()} sends the same signal but closes the output we still want to read.
   */
  void sigterm() {
    process.toHandle().destroy();
  }

  Process process() {
    return process;
  }

  String output() {
    return String.join("\n", lines);
  }

  /**
   * Waits for a line containing {@code text}; fails early, with the output, if the launcher ends.
   */
  void awaitLine(String text, Duration timeout) {
    await("launcher line '" + text + "'")
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              if (lines.stream().anyMatch(line -> line.contains(text))) {
                return true;
              }
              if (!process.isAlive()) {
                throw new AssertionError(
                    "The launcher exited with code "
                        + process.exitValue()
                        + " before printing '"
                        + text
                        + "':\n"
                        + output());
              }
              return false;
            });
  }

  List<ProcessHandle> children() {
    return new ArrayList<>(process.toHandle().descendants().toList());
  }

  private void collectOutput() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(line);
        System.out.println("[launcher] " + line);
      }
    } catch (IOException e) {
      lines.add("(output closed: " + e.getMessage() + ")");
    }
  }
}
