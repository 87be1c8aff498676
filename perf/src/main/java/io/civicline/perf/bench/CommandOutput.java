package io.civicline.perf.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command of the benchmarks (Kafka's perf tools, jcmd) to its end, within a time limit. */
final class CommandOutput {

  private CommandOutput() {}

  /**
   * What {@code command} printed (output and errors), once it ended with exit code 0; an {@link
   * IllegalStateException} with that output if it failed or ran longer than {@code timeout} (then
   * it is killed). The output goes to a file, not a pipe: reading a pipe to its end would wait for
   * a hung command however long, and a full pipe would block one that is not hung.
   */
  static String of(String name, List<String> command, Duration timeout)
      throws InterruptedException {
    Path file = null;
    try {
      file = Files.createTempFile("civicline-bench-", ".out");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(file.toFile())
              .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        throw new IllegalStateException(
            name + " did not end within " + timeout.toSeconds() + " s:\n" + read(file));
      }
      String output = read(file);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            name + " ended with exit code " + process.exitValue() + ":\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + name, e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // A leftover file in the temporary folder; the result stands.
        }
      }
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
