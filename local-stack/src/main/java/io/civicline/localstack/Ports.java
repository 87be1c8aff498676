package io.civicline.localstack;

import java.time.Duration;

/** Waiting for a child to open its port. */
public final class Ports {

  private Ports() {}

  public static void awaitListening(ChildProcess child, String host, int port, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!PortCheck.answers(host, port)) {
      if (!child.isAlive()) {
        throw new ChildFailedException(child);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            child.name()
                + " did not open "
                + host
                + ":"
                + port
                + " within "
                + timeout.toSeconds()
                + " s; see "
                + child.log());
      }
      Pause.briefly(200);
    }
  }
}
