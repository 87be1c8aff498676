package io.civicline.wirestore;

import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The format of the MongoDB-wire server's store, kept in the store itself: the documents and keys
 * written by {@link TypedMaps} can't be read with H2's default type, nor the reverse, and nothing
 * in an H2 file says which type wrote a map. A store without the marker was written by an earlier
 * version of the local stack with the default type: its maps are converted once, at open.
 */
final class StoreFormat {

  /** Without a dot: dropping a database removes the maps named {@code <db>.*}, never this one. */
  static final String MAP = "civiclineStoreFormat";

  static final String VERSION_KEY = "version";

  /** Documents in BSON, ids and index keys in {@link DocumentKeyType}'s encoding. */
  static final int BSON = 2;

  /** Set while converting: a store left in this state was only partly converted. */
  private static final int CONVERTING = -1;

  private static final String WHAT_TO_DO =
      ". The local stack's data can be thrown away: stop it, delete the data folder's mongo"
          + " directory (or the whole data folder) and start again.";

  private StoreFormat() {}

  /** Makes {@code store} one in the {@link #BSON} format, or refuses it. */
  static void prepare(MVStore store, String fileName) {
    if (store.hasMap(MAP)) {
      Object version = store.<String, Integer>openMap(MAP).get(VERSION_KEY);
      if (Integer.valueOf(BSON).equals(version)) {
        return;
      }
      throw new IllegalStateException(
          (Integer.valueOf(CONVERTING).equals(version)
                  ? "The conversion of " + fileName + " to the BSON format was interrupted"
                  : fileName + " has the unknown store format " + version)
              + WHAT_TO_DO);
    }
    MVMap<String, Integer> format = store.openMap(MAP);
    List<String> written = store.getMapNames().stream().filter(TypedMaps::isTyped).toList();
    if (!written.isEmpty()) {
      format.put(VERSION_KEY, CONVERTING);
      store.commit();
      try {
        convert(store, written, fileName);
      } catch (RuntimeException e) {
        throw new IllegalStateException("Could not convert " + fileName + WHAT_TO_DO, e);
      }
    }
    format.put(VERSION_KEY, BSON);
    store.commit();
  }

  private static void convert(MVStore store, List<String> names, String fileName) {
    System.out.printf(
        "Converting %d maps of %s, written by an earlier version, to the BSON format%n",
        names.size(), fileName);
    long entries = 0;
    for (String name : names) {
      // Opened by name only: with the default type that wrote it.
      MVMap<Object, Object> old = store.openMap(name);
      MVMap<Object, Object> converted = TypedMaps.openLike(store, name, "converting." + name);
      for (var entry : old.entrySet()) {
        converted.put(entry.getKey(), entry.getValue());
      }
      entries += old.sizeAsLong();
      store.removeMap(old);
      store.renameMap(converted, name);
    }
    System.out.printf("Converted %,d entries%n", entries);
  }
}
