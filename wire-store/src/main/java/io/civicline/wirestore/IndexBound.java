package io.civicline.wirestore;

import de.bwaldvogel.mongo.backend.ValueComparator;
import java.util.Comparator;

/**
 * A place in a {@link SecondaryIndex} between stored values, to start or end a range at. Never
 * stored: stored keys compare to a bound only as the first or last key of a range.
 */
sealed interface IndexBound {

  /** MongoDB's order of values (BSON type first, numbers by value), without array semantics. */
  Comparator<Object> ORDER = ValueComparator.ascWithoutListHandling();

  /** Before every value: a key of it alone comes before every stored key. */
  IndexBound BEFORE_ALL = new BeforeAll();

  /** After every value: a key prefix followed by it comes after every key with that prefix. */
  IndexBound AFTER_ALL = new AfterAll();

  /** Compares this bound with a stored value: never 0. */
  int compareTo(Object value);

  /** Before every value of the BSON type of {@code sample} (numbers are one type). */
  static IndexBound startOf(Object sample) {
    return new TypeEdge(sample, -1);
  }

  /** After every value of the BSON type of {@code sample}. */
  static IndexBound endOf(Object sample) {
    return new TypeEdge(sample, 1);
  }

  /** Whether MongoDB compares {@code a} and {@code b} by value, not by type ($gt and $lt do). */
  static boolean sameType(Object a, Object b) {
    return a instanceof Number && b instanceof Number
        || a != null && b != null && a.getClass() == b.getClass();
  }

  record BeforeAll() implements IndexBound {
    @Override
    public int compareTo(Object value) {
      return value instanceof BeforeAll ? 0 : -1;
    }
  }

  record AfterAll() implements IndexBound {
    @Override
    public int compareTo(Object value) {
      return value instanceof AfterAll ? 0 : 1;
    }
  }

  record TypeEdge(Object sample, int side) implements IndexBound {
    @Override
    public int compareTo(Object value) {
      return value instanceof IndexBound || sameType(sample, value)
          ? side
          : ORDER.compare(sample, value);
    }
  }
}
