package io.civicline.kit.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire server in the test JVM (mongo-java-server, memory backend), one per test class:
 * start it in a static initializer or {@code @BeforeAll}, hand {@link #uri(String)} to {@code
 * spring.mongodb.uri}, stop it in {@code @AfterAll}.
 */
public final class InProcessMongo {

  private final MongoServer server = new MongoServer(new MemoryBackend());
  private final String connectionString = server.bindAndGetConnectionString();

  public String uri(String database) {
    return connectionString + "/" + database;
  }

  public void stop() {
    server.shutdownNow();
  }
}
