package io.civicline.wirestore;

import java.util.function.Supplier;
import org.h2.mvstore.MVStore;

/**
 * Holds the store's current version while a command reads it. MVStore frees a chunk once no kept
 * version has pages in it, and keeps only the last few versions unless a reader registers its own.
 * Under steady writes and chunk rewriting ({@link ChunkRewriter}) a read of many documents outlives
 * those few versions; it then fails half way with {@code Chunk … not found} (h2database issues
 * 4382, 4383).
 */
final class ReadVersion {

  private ReadVersion() {}

  static <T> T held(MVStore store, Supplier<T> command) {
    MVStore.TxCounter reading = store.registerVersionUsage();
    try {
      return command.get();
    } finally {
      store.deregisterVersionUsage(reading);
    }
  }
}
