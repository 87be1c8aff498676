package io.civicline.localstack;

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
import java.util.function.Consumer;

/**
 * A launcher (or any JVM) started as a user starts it, its output collected line by line: how the
 * benchmarks and the system tests run the stack, and how the launcher's own tests run it.
 */
public final class LauncherProcess {

  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Consumer<String> echo;
  private final Thread reader;

  private LauncherProcess(Process process, Consumer<String> echo) {
    this.process = process;
    this.echo = echo;
    reader = new Thread(this::collectOutput, "launcher-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code command}, its lines echoed to this JVM's output. */
  public static LauncherProcess start(List<String> command) {
    return start(command, Map.of(), line -> System.out.println("[launcher] " + line));
  }

  /**
   * Starts {@code command} with {@code environment} added to this JVM's; each line of its output
   * also goes to {@code echo}.
   */
  public static LauncherProcess start(
      List<String> command, Map<String, String> environment, Consumer<String> echo) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().putAll(environment);
      return new LauncherProcess(builder.start(), echo);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command.get(0) + ": " + e.getMessage(), e);
    }
  }

  /** {@code java -cp <this classpath> LocalStack args}: the launcher of this build's classes. */
  public static LauncherProcess fromClasses(List<String> args) {
    return start(
        JavaCommand.ofMainClass(
            List.of(), LocalStack.class.getName(), args.toArray(String[]::new)));
  }

  /** Waits for the process to end and its output to be read; true when it ended in time. */
  public boolean awaitExit(Duration timeout) throws InterruptedException {
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
  public void sigterm() {
    process.toHandle().destroy();
  }

  public Process process() {
    return process;
  }

  public String output() {
    return String.join("\n", lines);
  }

  /** The last {@code count} lines of the output, indented, for a report. */
  public String lastLines(int count) {
    List<String> all = List.copyOf(lines);
    List<String> last = all.subList(Math.max(0, all.size() - count), all.size());
    return "    " + String.join("\n    ", last);
  }

  /**
   * Waits for a line containing {@code text}; fails early, with the output, if the process ends.
   */
  public void awaitLine(String text, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (lines.stream().noneMatch(line -> line.contains(text))) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The process exited with code "
                + process.exitValue()
                + " before printing '"
                + text
                + "':\n"
                + output());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "No line '" + text + "' within " + timeout.toSeconds() + " s:\n" + lastLines(30));
      }
      Pause.briefly(200);
    }
  }

  public List<ProcessHandle> children() {
    return new ArrayList<>(process.toHandle().descendants().toList());
  }

  private void collectOutput() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(line);
        echo.accept(line);
      }
    } catch (IOException e) {
      lines.add("(output closed: " + e.getMessage() + ")");
    }
  }
}
