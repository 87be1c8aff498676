package io.civicline.wirestore;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Main class of the MongoDB-wire server: mongo-java-server on the given address, keeping its
 * documents in one H2 MVStore file ({@code file}) or in memory ({@code memory}). It runs until
 * stopped; a shutdown hook closes the store.
 *
 * <p>Arguments: {@code <address> <port> file <path>} or {@code <address> <port> memory}.
 */
public final class MongoWireServer {

  /**
   * Threads answering commands. The file backend commits before it answers, on the thread of the
   * command; with more threads than cores, the writes that arrive during one commit are saved by
   * the next one together (a group commit) instead of each waiting for its own.
   */
  private static final int WORKER_THREADS = 16;

  private MongoWireServer() {}

  /**
   * The file backend on {@code file} (created with its folder when missing), for a server in
   * another program: the services' tests run on it, indexes and all, as the local stack does.
   */
  public static MongoBackend fileBackend(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return DurableH2Backend.open(file.toString());
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3 || (args[2].equals("file") && args.length < 4)) {
      System.err.println(
          "Usage: MongoWireServer <address> <port> file <path> | <address> <port> memory");
      System.exit(2);
    }
    String address = args[0];
    int port = Integer.parseInt(args[1]);
    MongoBackend backend;
    String where;
    if (args[2].equals("memory")) {
      backend = new MemoryBackend();
      where = "in memory";
    } else {
      Path file = Path.of(args[3]).toAbsolutePath();
      backend = fileBackend(file);
      where = "in " + file;
    }
    MongoServer server = new MongoServer(backend);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.shutdownNow();
                  System.out.println("MongoDB-wire server stopped; store closed");
                },
                "mongo-wire-server-shutdown"));
    server.bind(new InetSocketAddress(address, port), 1, WORKER_THREADS);
    System.out.println(
        "MongoDB-wire server listening on " + address + ":" + port + ", documents " + where);
  }
}
