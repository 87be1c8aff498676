package io.civicline.wirestore;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Opens the maps of mongo-java-server's H2 backend with {@link DocumentKeyType} and {@link
 * BsonDocumentType} instead of H2's default type. The backend opens its maps by name with the
 * default type; a map already open is handed back as it is, so opening it here first decides its
 * types.
 *
 * <p>The names are the backend's (H2Database 1.47.0): {@code databases.<db>.<collection>} holds a
 * collection's documents by id, {@code meta.<db>.<collection>} its counters (strings and numbers,
 * which the default type stores compactly: left as they are), and {@code
 * <db>.<collection>._index_<name>} a unique index, key values to ids, or a {@link SecondaryIndex}.
 */
final class TypedMaps {

  private static final String DOCUMENTS_PREFIX = "databases.";
  private static final String COUNTERS_PREFIX = "meta.";
  private static final String INDEX_INFIX = "._index_";

  private TypedMaps() {}

  /** Opens the documents map of the collection {@code <db>.<collection>}. */
  static MVMap<Object, Document> openCollection(MVStore store, String fullCollectionName) {
    return openDocuments(store, DOCUMENTS_PREFIX + fullCollectionName);
  }

  /** Opens the counters of the collection {@code <db>.<collection>}, with the default type. */
  static MVMap<String, Object> openCounters(MVStore store, String fullCollectionName) {
    return store.openMap(COUNTERS_PREFIX + fullCollectionName);
  }

  /**
   * Opens the map of the {@link SecondaryIndex} {@code indexName} of {@code <db>.<collection>},
   * named as the backend names a unique index's map, so that dropping either removes it.
   */
  static MVMap<Object, Object> openSecondaryIndex(
      MVStore store, String fullCollectionName, String indexName) {
    return store.openMap(
        fullCollectionName + INDEX_INFIX + indexName,
        new MVMap.Builder<Object, Object>()
            .keyType(new IndexKeyType())
            .valueType(new DocumentKeyType()));
  }

  /** Opens the map of the unique index {@code indexName} of {@code <db>.<collection>}. */
  static void openIndex(MVStore store, String fullCollectionName, String indexName) {
    openIndex(store, fullCollectionName + INDEX_INFIX + indexName);
  }

  /** Whether the map {@code name} is one of the backend's maps stored with a type chosen here. */
  static boolean isTyped(String name) {
    return name.startsWith(DOCUMENTS_PREFIX)
        || (!name.startsWith(COUNTERS_PREFIX) && name.contains(INDEX_INFIX));
  }

  /**
   * Opens, under {@code openAs}, a map with the types of the map {@code name} (one that {@link
   * #isTyped} accepts): to copy the map into.
   */
  @SuppressWarnings("unchecked")
  static MVMap<Object, Object> openLike(MVStore store, String name, String openAs) {
    if (name.startsWith(DOCUMENTS_PREFIX)) {
      // The copy puts what the default type read from the old map: documents.
      return (MVMap<Object, Object>) (MVMap<?, ?>) openDocuments(store, openAs);
    }
    return openIndex(store, openAs);
  }

  private static MVMap<Object, Document> openDocuments(MVStore store, String name) {
    return store.openMap(
        name,
        new MVMap.Builder<Object, Document>()
            .keyType(new DocumentKeyType())
            .valueType(new BsonDocumentType()));
  }

  private static MVMap<Object, Object> openIndex(MVStore store, String name) {
    return store.openMap(
        name,
        new MVMap.Builder<Object, Object>()
            .keyType(new DocumentKeyType())
            .valueType(new DocumentKeyType()));
  }
}
