package io.civicline.wirestore;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import org.bson.Document;
import org.bson.UuidRepresentation;

/** A server on a backend in this JVM, with a client; closing both closes the backend's store. */
record InProcessServer(MongoBackend backend, MongoServer server, MongoClient client)
    implements AutoCloseable {

  /** The file backend as the local stack runs it. */
  static InProcessServer open(Path file) {
    return on(DurableH2Backend.open(file.toString()));
  }

  /** mongo-java-server's own H2 backend in memory: what the server did before wire-store. */
  static InProcessServer plain() {
    return on(H2Backend.inMemory());
  }

  static InProcessServer on(MongoBackend backend) {
    MongoServer server = new MongoServer(backend);
    String uri = server.bindAndGetConnectionString();
    MongoClientSettings settings =
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(uri))
            .uuidRepresentation(UuidRepresentation.STANDARD)
            .build();
    return new InProcessServer(backend, server, MongoClients.create(settings));
  }

  MongoCollection<Document> tickets() {
    return collection("tickets");
  }

  MongoCollection<Document> collection(String name) {
    return client.getDatabase("hotline").getCollection(name);
  }

  /** The server's own object for a collection of the database {@code hotline}. */
  de.bwaldvogel.mongo.MongoCollection<?> stored(String name) {
    return ((AbstractMongoBackend) backend)
        .resolveDatabase("hotline")
        .resolveCollection(name, true);
  }

  @Override
  public void close() {
    client.close();
    server.shutdownNow();
  }
}
