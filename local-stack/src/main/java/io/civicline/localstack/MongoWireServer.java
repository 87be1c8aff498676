package io.civicline.localstack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Main class of the MongoDB-wire server child: mongo-java-server on 127.0.0.1, keeping its
 * documents in one H2 MVStore file ({@code file}) or in memory ({@code memory}).
 *
 * <p>Arguments: {@code <port> file <path>} or {@code <port> memory}.
 */
public final class MongoWireServer {

  private MongoWireServer() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || (args[1].equals("file") && args.length < 3)) {
      System.err.println("Usage: MongoWireServer <port> file <path> | <port> memory");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    MongoBackend backend;
    String where;
    if (args[1].equals("memory")) {
      backend = new MemoryBackend();
      where = "in memory";
    } else {
      Path file = Path.of(args[2]).toAbsolutePath();
      Files.createDirectories(file.getParent());
      backend = DurableH2Backend.open(file.toString());
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
    server.bind("127.0.0.1", port);
    ParentWatch.exitWhenParentEnds("the MongoDB-wire server");
    System.out.println(
        "MongoDB-wire server listening on 127.0.0.1:" + port + ", documents " + where);
  }
}
