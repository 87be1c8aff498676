package io.civicline.wirestore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.MVMap;

/**
 * An ordinary (non-unique, possibly compound) index of a collection in the file backend: one map
 * entry per document and key value, the key being the indexed values followed by the document's id,
 * so equal values of many documents are distinct keys, kept in MongoDB's order ({@link
 * IndexKeyType}). An array field gives one entry per element (a multikey index).
 *
 * <p>The base server only asks an index for positions through {@link #canHandle}; this one answers
 * no there and is read by {@link IndexPlanner} instead, through {@link #between} and {@link
 * #countBetween}.
 */
final class SecondaryIndex extends Index<Object> {

  private static final String ID = "_id";

  private final MVMap<Object, Object> entries;
  private final IndexFacts facts;

  SecondaryIndex(
      String name,
      List<IndexKey> keys,
      boolean sparse,
      MVMap<Object, Object> entries,
      IndexFacts facts) {
    super(name, keys, sparse);
    this.entries = entries;
    this.facts = facts;
  }

  List<String> fields() {
    return keys();
  }

  boolean sparse() {
    return isSparse();
  }

  /** Whether some document had an array in {@code field}, giving it one entry per element. */
  boolean isMultikey(String field) {
    return facts.isMultikey(field);
  }

  boolean isMultikey() {
    return facts.isMultikey();
  }

  /** Called once the base server has built the index from the documents (or found it built). */
  void markBuilt() {
    facts.markBuilt();
  }

  /**
   * The keys from {@code low} to {@code high} (both bounds, never stored), in order or reversed.
   */
  Iterator<Object> between(KeyValue low, KeyValue high, boolean reverse) {
    return reverse ? entries.cursor(high, low, true) : entries.cursor(low, high, false);
  }

  long countBetween(KeyValue low, KeyValue high) {
    return insertionPoint(high) - insertionPoint(low);
  }

  private long insertionPoint(KeyValue bound) {
    return -entries.getKeyIndex(bound) - 1;
  }

  /** The document id at the end of a key. */
  static Object position(Object key) {
    KeyValue keyValue = (KeyValue) key;
    return keyValue.get(keyValue.size() - 1);
  }

  @Override
  public Object getPosition(Document document) {
    // Unique indexes locate a document; many documents share a key here.
    return null;
  }

  @Override
  public void checkAdd(Document document, MongoCollection<Object> collection) {
    getKeyValues(document); // refuses parallel arrays before anything is written
  }

  @Override
  public void add(Document document, Object position, MongoCollection<Object> collection) {
    if (isSparse() && hasNoIndexedValue(document)) {
      return;
    }
    Set<KeyValue> keyValues = getKeyValues(document);
    facts.noteArrays(document, keys());
    for (KeyValue keyValue : keyValues) {
      entries.put(withPosition(keyValue, position), Boolean.TRUE);
    }
  }

  @Override
  public Object remove(Document document) {
    if (isSparse() && hasNoIndexedValue(document)) {
      return null;
    }
    Object position = document.get(ID);
    for (KeyValue keyValue : getKeyValues(document)) {
      entries.remove(withPosition(keyValue, position));
    }
    return position;
  }

  @Override
  public void checkUpdate(
      Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
    getKeyValues(newDocument);
  }

  @Override
  public void updateInPlace(
      Document oldDocument,
      Document newDocument,
      Object position,
      MongoCollection<Object> collection) {
    if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
      remove(oldDocument);
      add(newDocument, position, collection);
    }
  }

  /**
   * The document's keys. An empty array gives none in the base server; MongoDB keeps such a
   * document under one key all the same (the array's part undefined, here null), and so does this
   * index, so that a read of the whole index, or of its leading fields, still finds the document.
   */
  @Override
  public Set<KeyValue> getKeyValues(Document document) {
    Set<KeyValue> keyValues = super.getKeyValues(document);
    if (!keyValues.isEmpty()) {
      return keyValues;
    }
    Document withoutArrays = new Document();
    for (String key : keys()) {
      Object value = Utils.getSubdocumentValueCollectionAware(document, key);
      putPath(withoutArrays, key, value instanceof Collection ? null : value);
    }
    return super.getKeyValues(withoutArrays);
  }

  private static void putPath(Document document, String path, Object value) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      document.put(path, value);
      return;
    }
    Object inner = document.computeIfAbsent(path.substring(0, dot), name -> new Document());
    putPath((Document) inner, path.substring(dot + 1), value);
  }

  /**
   * A sparse index leaves out a document with no value at any of its fields, as {@code $exists}
   * reads them: so it holds exactly the documents {@code {first: {$exists: true}}} may match, and
   * the outbox's index only those with events, not every document whose outbox is empty.
   */
  private boolean hasNoIndexedValue(Document document) {
    return keys().stream().noneMatch(key -> FieldPresence.hasValueAt(document, key));
  }

  /**
   * Before the base server builds the index: a sparse one built under the earlier rule (which kept
   * documents whose field lay under an empty array) is emptied, so that it is built again.
   */
  void prepareBuild() {
    if (isSparse() && !facts.built()) {
      entries.clear();
    }
  }

  private static KeyValue withPosition(KeyValue keyValue, Object position) {
    List<Object> values = new ArrayList<>(keyValue.size() + 1);
    keyValue.forEach(values::add);
    values.add(position);
    return new KeyValue(values);
  }

  @Override
  public boolean canHandle(Document query) {
    return false;
  }

  @Override
  public Iterable<Object> getPositions(Document query) {
    throw new UnsupportedOperationException("read through IndexPlanner");
  }

  @Override
  public long getCount() {
    return entries.sizeAsLong();
  }

  /**
   * The base server asks this only to decide whether to build the index by reading every document
   * (twice) when the collection opens. A built index can be empty (a sparse one whose field no
   * document has, such as the outbox's when every event is published), and building it again at
   * each open would read the whole collection for nothing.
   */
  @Override
  public boolean isEmpty() {
    return entries.isEmpty() && !facts.built();
  }

  @Override
  public long getDataSize() {
    return getCount();
  }

  @Override
  public void drop() {
    facts.clear();
  }
}
