package io.civicline.wirestore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@link MongoWireServer} in a child JVM on this test classpath, its output in a log file. */
record ServerProcess(Process process, int port, Path log) {

  /** A server on a free port of 127.0.0.1, in {@code file} or in memory when it is null. */
  static ServerProcess start(Path file, Path log) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(MongoWireServer.class.getName());
    command.add("127.0.0.1");
    command.add(String.valueOf(port));
    if (file == null) {
      command.add("memory");
    } else {
      command.add("file");
      command.add(file.toAbsolutePath().toString());
    }
    Files.createDirectories(log.toAbsolutePath().getParent());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    ServerProcess server = new ServerProcess(process, port, log);
    server.awaitListening();
    return server;
  }

  String uri() {
    return "mongodb://127.0.0.1:" + port;
  }

  /** Asks the server to stop (SIGTERM); true when it stopped within {@code seconds}. */
  boolean stop(long seconds) throws InterruptedException {
    process.destroy();
    boolean stopped = process.waitFor(seconds, TimeUnit.SECONDS);
    if (!stopped) {
      kill();
    }
    return stopped;
  }

  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  private void awaitListening() throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The server ended: " + Files.readString(log));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("The server did not listen on " + port + " within 30 s");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
