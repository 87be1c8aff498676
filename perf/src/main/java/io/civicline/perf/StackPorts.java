package io.civicline.localstack.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ports of one stack under test: those given on the command line, the rest free ports picked
 * now (never the defaults of {@code ./run.sh}, so the benchmark runs beside it).
 */
record StackPorts(
    int kafka, int kafkaController, int mongo, int hotline, int mediation, int stats) {

  private static final Set<Integer> RUN_SH_DEFAULTS = Set.of(8081, 8082, 8083, 9092, 9093, 27017);

  /** {@code given} in the order of the record's components; 0 means "pick a free one". */
  static StackPorts pick(List<Integer> given) {
    Set<Integer> taken = new HashSet<>(given);
    List<Integer> ports = new ArrayList<>();
    List<ServerSocket> held = new ArrayList<>();
    try {
      for (int port : given) {
        if (port != 0) {
          ports.add(port);
          continue;
        }
        while (true) {
          ServerSocket socket = new ServerSocket(0);
          held.add(socket);
          int free = socket.getLocalPort();
          if (!RUN_SH_DEFAULTS.contains(free) && taken.add(free)) {
            ports.add(free);
            break;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot find free ports: " + e.getMessage(), e);
    } finally {
      for (ServerSocket socket : held) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // A socket we only opened to learn a free port.
        }
      }
    }
    return new StackPorts(
        ports.get(0), ports.get(1), ports.get(2), ports.get(3), ports.get(4), ports.get(5));
  }

  /** The launcher's options for these ports. */
  List<String> launcherArguments() {
    return List.of(
        "--kafka-port=" + kafka,
        "--kafka-controller-port=" + kafkaController,
        "--mongo-port=" + mongo,
        "--hotline-port=" + hotline,
        "--mediation-port=" + mediation,
        "--stats-port=" + stats);
  }

  String hotlineUrl() {
    return "http://127.0.0.1:" + hotline;
  }
}
