package io.civicline.wirestore;

/**
 * The keys of a {@link SecondaryIndex}: the document's indexed values followed by its id, stored as
 * {@link DocumentKeyType} stores them but ordered as MongoDB sorts values. Reading an index in key
 * order is then reading its documents in the order a sort on those fields asks for.
 */
final class IndexKeyType extends DocumentKeyType {

  @Override
  int compareValues(Object a, Object b) {
    return compareFieldValues(a, b);
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
