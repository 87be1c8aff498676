package io.civicline.perf.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on: cores, CPU, memory, operating system, Java, load. */
final class MachineFacts {

  private MachineFacts() {}

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The load average over the last minute, or -1 where the system does not tell. */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static String describe() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    String memory = "";
    if (os instanceof com.sun.management.OperatingSystemMXBean) {
      long bytes = ((com.sun.management.OperatingSystemMXBean) os).getTotalMemorySize();
      memory = String.format(Locale.ROOT, ", %.1f GiB RAM", bytes / (1024.0 * 1024 * 1024));
    }
    return String.format(
        Locale.ROOT,
        "machine: %d cores (%s)%s, %s %s %s%n"
            + "java:    %s (%s %s, %s); benchmark JVM max heap %d MiB",
        cores(),
        cpuModel(),
        memory,
        os.getName(),
        os.getVersion(),
        os.getArch(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("java.vm.version"),
        System.getProperty("java.vendor"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("CPU model unknown");
    } catch (IOException | RuntimeException e) {
      return "CPU model unknown";
    }
  }
}
