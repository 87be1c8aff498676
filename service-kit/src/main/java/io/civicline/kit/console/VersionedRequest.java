package io.civicline.kit.console;

/**
 * A request to change a record as the user saw it: its {@code version} then, or none to change it
 * as it is. The API and the console bind the same request records, so both read it the same way.
 */
public interface VersionedRequest {

  /** The version the user saw, if they say. */
  Long version();
}
