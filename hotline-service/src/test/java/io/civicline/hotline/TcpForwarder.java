package io.civicline.hotline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Forwards a fixed local port to a target, so that a test can make an address unreachable first and
 * reachable later (the embedded broker itself only listens on a port chosen when it starts).
 */
final class TcpForwarder implements AutoCloseable {

  private final ServerSocket server;

  TcpForwarder(int port, String targetHost, int targetPort) throws IOException {
    server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket client = server.accept();
                  Socket target = new Socket(targetHost, targetPort);
                  pipe(client.getInputStream(), target.getOutputStream(), client, target);
                  pipe(target.getInputStream(), client.getOutputStream(), client, target);
                } catch (IOException e) {
                  // closed: the test is over
                }
              }
            },
            "tcp-forwarder");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private static void pipe(InputStream in, OutputStream out, Socket a, Socket b) {
    Thread thread =
        new Thread(
            () -> {
              try (a;
                  b) {
                in.transferTo(out);
              } catch (IOException e) {
                // one side closed the connection
              }
            },
            "tcp-forwarder-pipe");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
