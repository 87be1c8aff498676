package io.civicline.perf.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * A copy of the three service jars, laid out as the launcher expects them ({@code
 * <dir>/<service>/target/<service>.jar}), taken once at the start: every stack under test runs the
 * same build, and a rebuild in the project during the run can neither change nor break it (a Spring
 * Boot jar overwritten under a running service fails its next class loads).
 */
public final class ServiceJars {

  public static final List<String> SERVICES =
      List.of("hotline-service", "mediation-service", "stats-service");

  private ServiceJars() {}

  static Path jar(Path projectDir, String service) {
    return projectDir.resolve(service).resolve("target").resolve(service + ".jar");
  }

  /** The first service jar missing from the project, or null when all are built. */
  public static Path firstMissing(Path projectDir) {
    for (String service : SERVICES) {
      Path jar = jar(projectDir, service);
      if (!Files.isRegularFile(jar)) {
        return jar;
      }
    }
    return null;
  }

  /** Copies the jars of {@code projectDir} into {@code dir}; returns {@code dir}. */
  static Path copy(Path projectDir, Path dir) {
    try {
      for (String service : SERVICES) {
        Path target = jar(dir, service);
        Files.createDirectories(target.getParent());
        Files.copy(
            jar(projectDir, service),
            target,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.COPY_ATTRIBUTES);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy the service jars: " + e.getMessage(), e);
    }
  }

  /** When the newest of the copied jars was built. */
  static FileTime newest(Path dir) {
    FileTime newest = FileTime.fromMillis(0);
    try {
      for (String service : SERVICES) {
        FileTime time = Files.getLastModifiedTime(jar(dir, service));
        newest = time.compareTo(newest) > 0 ? time : newest;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return newest;
  }
}
