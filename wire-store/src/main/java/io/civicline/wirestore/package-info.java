/**
 * The embedded MongoDB-wire server of the local stack: mongo-java-server, run by {@link
 * io.civicline.wirestore.MongoWireServer}, keeping its documents in memory or durably in one H2
 * MVStore file ({@link io.civicline.wirestore.DurableH2Backend}). The services talk to it with the
 * MongoDB driver as they would to MongoDB; it stands in for MongoDB on a machine without one.
 */
package io.civicline.wirestore;
