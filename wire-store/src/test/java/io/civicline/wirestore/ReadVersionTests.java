package io.civicline.wirestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long read of a reopened store finds every entry while other work commits and chunks are
 * rewritten meanwhile: the chunks its version reads from are not freed under it.
 */
class ReadVersionTests {

  private static final int ENTRIES = 4_000;

  @TempDir Path dir;

  @Test
  void aReadHoldingItsVersionFindsEveryEntryWhileChunksAreRewrittenUnderIt() {
    String file = dir.resolve("read.mv").toString();
    try (MVStore store = open(file)) {
      MVMap<String, String> map = store.openMap("documents");
      for (int i = 0; i < ENTRIES; i++) {
        map.put(key(i), "x".repeat(50) + i);
        if (i % 500 == 0) {
          store.commit();
        }
      }
      // every other entry again: each chunk about half dead, so that rewriting picks them all
      for (int i = 0; i < ENTRIES; i += 2) {
        map.put(key(i), i + "y".repeat(50));
        if (i % 500 == 0) {
          store.commit();
        }
      }
      store.commit();
    }
    try (MVStore store = open(file)) {
      // As a store written longer ago than the retention time: its chunks may be freed at once.
      store.setRetentionTime(0);
      MVMap<String, String> map = store.openMap("documents");
      MVMap<String, String> other = store.openMap("other");
      int read =
          ReadVersion.held(
              store,
              () -> {
                int entries = 0;
                Iterator<Map.Entry<String, String>> entry = map.entrySet().iterator();
                while (entry.hasNext()) {
                  entry.next();
                  entries++;
                  if (entries % 250 == 0) {
                    // other clients' writes and the rewriter's rounds, while the read goes on
                    other.put("tick", Integer.toString(entries));
                    store.commit();
                    store.compact(95, 16 << 20);
                    store.commit();
                  }
                }
                return entries;
              });
      assertThat(read).isEqualTo(ENTRIES);
    }
  }

  private static MVStore open(String file) {
    return new MVStore.Builder().fileName(file).autoCommitDisabled().open();
  }

  private static String key(int i) {
    return String.format("%06d", i);
  }
}
