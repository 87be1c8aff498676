package io.civicline.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ports of one stack under test: those given, the rest free ports picked now (never the
 * defaults of {@code ./run.sh}, so that it runs beside a stack a user started).
 */
public record StackPorts(
    int kafka, int kafkaController, int mongo, int hotline, int mediation, int stats) {

  private static final Set<Integer> RUN_SH_DEFAULTS = Set.of(8081, 8082, 8083, 9092, 9093, 27017);

  /** Every port handed out in this JVM: two stacks of one run never share one. */
  private static final Set<Integer> HANDED_OUT = new HashSet<>();

  /** Free ports for all six. */
  public static StackPorts free() {
    return pick(List.of(0, 0, 0, 0, 0, 0));
  }

  /** {@code given} in the order of the record's components; 0 means "pick a free one". */
  public static StackPorts pick(List<Integer> given) {
    int[] ports = given.stream().mapToInt(port -> port == 0 ? freePort() : port).toArray();
    return new StackPorts(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5]);
  }

  /** A port nothing listens on now, not handed out before in this JVM, not one of run.sh's. */
  public static synchronized int freePort() {
    while (true) {
      try (ServerSocket socket = new ServerSocket(0)) {
        int port = socket.getLocalPort();
        if (!RUN_SH_DEFAULTS.contains(port) && HANDED_OUT.add(port)) {
          return port;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot find a free port: " + e.getMessage(), e);
      }
    }
  }

  /** The launcher's options for these ports. */
  public List<String> launcherArguments() {
    return List.of(
        "--kafka-port=" + kafka,
        "--kafka-controller-port=" + kafkaController,
        "--mongo-port=" + mongo,
        "--hotline-port=" + hotline,
        "--mediation-port=" + mediation,
        "--stats-port=" + stats);
  }

  public String hotlineUrl() {
    return "http://127.0.0.1:" + hotline;
  }
}
