package io.civicline.wirestore;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * The keys of a {@link SecondaryIndex}: the document's indexed values followed by its id, stored as
 * {@link DocumentKeyType} stores them but ordered as MongoDB sorts values. Reading an index in key
 * order is then reading its documents in the order a sort on those fields asks for.
 */
final class IndexKeyType extends DocumentKeyType {

  @Override
  public int compare(Object a, Object b) {
    KeyValue x = (KeyValue) a;
    KeyValue y = (KeyValue) b;
    int size = Math.min(x.size(), y.size());
    for (int i = 0; i < size; i++) {
      int result = compareFieldValues(x.get(i), y.get(i));
      if (result != 0) {
        return result;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  /** MongoDB's order of two values of the same key field; bounds fall between stored values. */
  static int compareFieldValues(Object a, Object b) {
    if (a instanceof IndexBound bound) {
      return bound.compareTo(b);
    }
    if (b instanceof IndexBound bound) {
      return -bound.compareTo(a);
    }
    return IndexBound.ORDER.compare(a, b);
  }
}
