package io.civicline.perf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of a running JVM, read from outside: its heap after a full collection ({@code jcmd
 * GC.run}, then {@code GC.heap_info}) and its resident set ({@code VmRSS} in {@code /proc}).
 *
 * @param heapUsed bytes live on the heap after the collection
 * @param heapCommitted bytes the heap has taken from the system
 * @param resident bytes of the process in RAM: heap, metaspace, threads, direct and native buffers
 *     (RocksDB's, for stats-service)
 */
record ProcessMemory(long heapUsed, long heapCommitted, long resident) {

  private static final Duration JCMD_TIMEOUT = Duration.ofSeconds(60);

  // One line per heap space: "garbage-first heap total 262144K, used 10240K" (G1), "PSYoungGen
  // total ..., used ..." and "ParOldGen total ..., used ..." (the parallel collector).
  private static final Pattern SPACE =
      Pattern.compile(
          "^\\s*(garbage-first heap|PSYoungGen|ParOldGen|def new generation|tenured generation)"
              + "\\s+total (\\d+)K, used (\\d+)K",
          Pattern.MULTILINE);
  private static final Pattern RESIDENT =
      Pattern.compile("^VmRSS:\\s+(\\d+) kB", Pattern.MULTILINE);

  static ProcessMemory afterFullCollection(ProcessHandle process) {
    jcmd(process, "GC.run");
    Matcher spaces = SPACE.matcher(jcmd(process, "GC.heap_info"));
    long used = 0;
    long committed = 0;
    boolean found = false;
    while (spaces.find()) {
      committed += Long.parseLong(spaces.group(2)) * 1024;
      used += Long.parseLong(spaces.group(3)) * 1024;
      found = true;
    }
    if (!found) {
      throw new IllegalStateException("no heap space in jcmd GC.heap_info of " + process.pid());
    }
    return new ProcessMemory(used, committed, resident(process));
  }

  private static long resident(ProcessHandle process) {
    try {
      String status = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "status"));
      Matcher matcher = RESIDENT.matcher(status);
      if (!matcher.find()) {
        throw new IllegalStateException("no VmRSS for process " + process.pid());
      }
      return Long.parseLong(matcher.group(1)) * 1024;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the status of process " + process.pid(), e);
    }
  }

  /**
   * Runs {@code jcmd} of the process's own Java (falling back to this one's) and returns its
   * output.
   */
  private static String jcmd(ProcessHandle process, String command) {
    Path java = process.info().command().map(Path::of).orElse(null);
    Path jcmd =
        java != null && Files.isExecutable(java.resolveSibling("jcmd"))
            ? java.resolveSibling("jcmd")
            : Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      return CommandOutput.of(
          "jcmd " + command,
          List.of(jcmd.toString(), String.valueOf(process.pid()), command),
          JCMD_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running jcmd", e);
    }
  }
}
