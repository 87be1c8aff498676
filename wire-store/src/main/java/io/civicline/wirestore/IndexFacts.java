package io.civicline.wirestore;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.mvstore.MVMap;

/**
 * What the store keeps about one ordinary index besides its entries, in the collection's meta map:
 * the fields that held an array in some document (a multikey index), and whether the index was ever
 * built from the documents.
 */
final class IndexFacts {

  /** The rule sparse indexes are built under: 2 leaves out fields under empty arrays. */
  private static final Integer SPARSE_RULE = 2;

  private final MVMap<String, Object> meta;
  private final String multikeyKey;
  private final String builtKey;
  private final Set<String> multikeyFields = ConcurrentHashMap.newKeySet();

  IndexFacts(MVMap<String, Object> meta, String indexName) {
    this.meta = meta;
    this.multikeyKey = "multikey." + indexName;
    this.builtKey = "built." + indexName;
    Object stored = meta.get(multikeyKey);
    if (stored instanceof String names && !names.isEmpty()) {
      multikeyFields.addAll(List.of(names.split(",")));
    }
  }

  boolean isMultikey(String field) {
    return multikeyFields.contains(field);
  }

  boolean isMultikey() {
    return !multikeyFields.isEmpty();
  }

  void noteArrays(Document document, List<String> indexed) {
    for (String field : indexed) {
      if (!multikeyFields.contains(field)
          && Utils.getSubdocumentValueCollectionAware(document, field) instanceof Collection) {
        multikeyFields.add(field);
        meta.put(multikeyKey, String.join(",", multikeyFields));
      }
    }
  }

  /** Built under the current sparse rule ({@link SecondaryIndex}); an earlier mark was true. */
  boolean built() {
    return SPARSE_RULE.equals(meta.get(builtKey));
  }

  /** Written in the commit of the build's last entries, so a crash keeps both or neither. */
  void markBuilt() {
    meta.put(builtKey, SPARSE_RULE);
  }

  void clear() {
    multikeyFields.clear();
    meta.remove(multikeyKey);
    meta.remove(builtKey);
  }
}
