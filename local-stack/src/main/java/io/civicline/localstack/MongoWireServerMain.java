package io.civicline.localstack;

import io.civicline.wirestore.MongoWireServer;
import java.io.IOException;

/**
 * Main class of the MongoDB-wire server child: wire-store's {@link MongoWireServer}, stopped with
 * the launcher.
 */
public final class MongoWireServerMain {

  private MongoWireServerMain() {}

  public static void main(String[] args) throws IOException {
    ParentWatch.exitWhenParentEnds("the MongoDB-wire server");
    MongoWireServer.main(args);
  }
}
