package io.civicline.localstack;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Command lines of child JVMs, run by the same Java as the launcher. */
public final class JavaCommand {

  private JavaCommand() {}

  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * The collector of the services and the broker. Every child shares a small machine with five
   * others: the parallel collector's stop-the-world work costs less CPU than G1's concurrent
   * marking and barriers there (ticket creates on two cores: 388/s with G1, 535/s with it, in
   * ./bench.sh), and their heaps hold little that lives long.
   */
  public static final String THROUGHPUT_COLLECTOR = "-XX:+UseParallelGC";

  /**
   * A child running the class named {@code mainClass} on the launcher's own classpath: the jar and
   * its {@code lib/} folder when started with {@code java -jar}, the test classpath in tests.
   * {@code jvmOptions} choose the collector where it matters.
   */
  public static List<String> ofMainClass(
      List<String> jvmOptions, String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath());
    command.add(mainClass);
    command.addAll(Arrays.asList(args));
    return command;
  }

  /** The launcher's classpath with absolute entries, so children may run in any folder. */
  public static String classpath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
        .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * The option writing a child JVM's collections to {@code <log>-gc.log} beside its log (two files
   * of 10 MB at most): the first thing to look at when a latency tail appears.
   */
  public static String gcLog(Path log) {
    String name = log.getFileName().toString().replaceFirst("\\.log$", "") + "-gc.log";
    return "-Xlog:gc:file="
        + log.toAbsolutePath().resolveSibling(name)
        + ":time,uptime,level:filecount=2,filesize=10m";
  }

  /** A child running an executable jar. */
  public static List<String> ofJar(Path jar, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.add(THROUGHPUT_COLLECTOR);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(args);
    return command;
  }
}
