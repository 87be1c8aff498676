package io.civicline.perf.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The folders a benchmark run keeps its stacks' data in: a temporary one, or one given. */
final class BenchFolders {

  private BenchFolders() {}

  /** {@code given}, created if missing, or a new temporary folder when null. */
  static Path rootOf(Path given) {
    try {
      return given == null
          ? Files.createTempDirectory("civicline-bench-")
          : Files.createDirectories(given);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // Leaving a temp folder behind is no reason to fail the run.
    }
  }

  /** The first line of an error message, for a table cell. */
  static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
