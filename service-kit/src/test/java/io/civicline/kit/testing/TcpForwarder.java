package io.civicline.kit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Forwards every connection to a fixed local port to a target ({@code host:port}), so that a test
 * can give a service an address where nothing answers and later make a broker "come up" there (the
 * embedded broker only listens on a port chosen when it starts).
 */
public final class TcpForwarder implements AutoCloseable {

  private final ServerSocket server;
  private final String host;
  private final int port;

  public TcpForwarder(int localPort, String target) throws IOException {
    this.host = target.substring(0, target.lastIndexOf(':'));
    this.port = Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
    this.server = new ServerSocket(localPort, 50, InetAddress.getLoopbackAddress());
    daemon(this::accept);
  }

  /** A port free right now, for an address that should not answer yet. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket target = new Socket(host, port);
        daemon(() -> pipe(client, target));
        daemon(() -> pipe(target, client));
      } catch (IOException e) {
        return; // closed: the test is over
      }
    }
  }

  private static void pipe(Socket from, Socket to) {
    try (from;
        to) {
      from.getInputStream().transferTo(to.getOutputStream());
    } catch (IOException e) {
      // the other side closed
    }
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "tcp-forwarder");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
