package io.civicline.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Starts {@link MongoWireServerMain} as a child JVM with the stack's settings. */
public final class MongoWireServerProcess {

  public static final String NAME = "mongo";

  /** The server's main class, by name: the launcher only needs it on its classpath. */
  public static final String MAIN_CLASS = MongoWireServerMain.class.getName();

  private MongoWireServerProcess() {}

  static Path file(StackOptions options) {
    return options.data().resolve("mongo").resolve("civicline.mv");
  }

  static ChildProcess start(StackOptions options, Path logs) {
    boolean inFile = options.mongoBackend() == StackOptions.MongoBackend.FILE;
    return start(
        options.bindAddress(),
        options.mongoPort(),
        inFile ? file(options) : null,
        logs.resolve(NAME + ".log"),
        options.mongoHeap());
  }

  /**
   * The memory backend keeps every document on the heap, where it lives until the stop: the
   * parallel collector would compact that whole old generation in pauses of up to a second, which
   * every request waiting on the database would feel. G1 collects it in small increments, but sizes
   * its young generation to its default pause goal of 200 ms: with a gigabyte of tickets on the
   * heap, that was a 130-240 ms pause every 5-10 s, the whole p99 of creates at 500/s. A goal of 20
   * ms makes the pauses shorter and more frequent.
   */
  private static final List<String> JVM_OPTIONS =
      List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20");

  /**
   * A server on {@code address}, keeping its documents in {@code file}, or in memory when {@code
   * file} is null, with at most {@code heap} of heap ({@code -Xmx}).
   */
  static ChildProcess start(String address, int port, Path file, Path log, String heap) {
    String[] args =
        file == null
            ? new String[] {address, String.valueOf(port), "memory"}
            : new String[] {
              address, String.valueOf(port), "file", file.toAbsolutePath().toString()
            };
    return ChildProcess.start(
        NAME,
        JavaCommand.ofMainClass(
            Stream.concat(JVM_OPTIONS.stream(), Stream.of("-Xmx" + heap)).toList(),
            MAIN_CLASS,
            args),
        log.toAbsolutePath().getParent(),
        log);
  }
}
