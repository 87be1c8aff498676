package io.civicline.kit.testing;

import de.bwaldvogel.mongo.MongoServer;
import io.civicline.wirestore.MongoWireServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire server in the test JVM, one per test class, on the file backend the local stack
 * runs (its secondary indexes and query planner included), in a file of its own that stopping
 * deletes: start it in a static initializer or {@code @BeforeAll}, hand {@link #uri(String)} to
 * {@code spring.mongodb.uri}, stop it in {@code @AfterAll}.
 */
public final class InProcessMongo {

  private final Path folder;
  private final MongoServer server;
  private final String connectionString;

  public InProcessMongo() {
    try {
      folder = Files.createTempDirectory("civicline-mongo");
      server = new MongoServer(MongoWireServer.fileBackend(folder.resolve("civicline.mv")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    connectionString = server.bindAndGetConnectionString();
  }

  public String uri(String database) {
    return connectionString + "/" + database;
  }

  public void stop() {
    server.shutdownNow();
    try (var files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
