package io.civicline.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks, before anything starts, that every port of the stack is free and given only once. */
public final class PortCheck {

  private PortCheck() {}

  /** The first problem as the one line shown to the user, or empty when every port can be used. */
  static Optional<String> firstProblem(List<PortClaim> claims) {
    Map<Integer, PortClaim> seen = new HashMap<>();
    for (PortClaim claim : claims) {
      PortClaim earlier = seen.putIfAbsent(claim.port(), claim);
      if (earlier != null) {
        return Optional.of(
            String.format(
                "Port %d is given to both the %s and the %s: change one with %s.",
                claim.port(),
                earlier.component(),
                claim.component(),
                claim.option().howToChange()));
      }
    }
    for (PortClaim claim : claims) {
      if (!isFree(claim.port())) {
        return Optional.of(
            String.format(
                "Port %d for the %s is already in use: stop what uses it or choose another port with %s.",
                claim.port(), claim.component(), claim.option().howToChange()));
      }
    }
    return Optional.empty();
  }

  /** True when nothing listens on the port, on any local address. */
  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(port));
    } catch (IOException e) {
      return false;
    }
    return !answers("127.0.0.1", port);
  }

  /** True when something accepts connections on host:port. */
  public static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
