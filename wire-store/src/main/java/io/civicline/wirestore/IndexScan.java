package io.civicline.wirestore;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A read of one {@link SecondaryIndex}: some key ranges, each holding the same number of equal
 * leading values ({@code prefixLength}), read together in the order of the fields after them.
 *
 * @param sortServed whether that order is the query's sort, so nothing needs sorting afterwards
 * @param exact whether the ranges hold exactly the matching documents, once each
 */
record IndexScan(
    SecondaryIndex index,
    List<Range> ranges,
    int prefixLength,
    boolean reverse,
    boolean sortServed,
    boolean exact) {

  /** The keys from {@code low} to {@code high}, neither of them a stored key. */
  record Range(KeyValue low, KeyValue high) {}

  long entries() {
    return ranges.stream().mapToLong(r -> index.countBetween(r.low(), r.high())).sum();
  }

  /** The ids of the documents in the ranges, in index order, each once. */
  Iterator<Object> positions() {
    Iterator<Object> keys =
        ranges.size() == 1
            ? index.between(ranges.get(0).low(), ranges.get(0).high(), reverse)
            : new Merged();
    return index.isMultikey() ? new Distinct(keys) : new Positions(keys);
  }

  /** The keys of every range, in the order of their values after the prefix. */
  private final class Merged implements Iterator<Object> {

    private final PriorityQueue<Head> heads;

    Merged() {
      Comparator<Head> order = (a, b) -> compareAfterPrefix((KeyValue) a.key, (KeyValue) b.key);
      heads = new PriorityQueue<>(reverse ? order.reversed() : order);
      for (Range range : ranges) {
        Iterator<Object> keys = index.between(range.low(), range.high(), reverse);
        if (keys.hasNext()) {
          heads.add(new Head(keys.next(), keys));
        }
      }
    }

    private int compareAfterPrefix(KeyValue a, KeyValue b) {
      for (int i = prefixLength; i < Math.min(a.size(), b.size()); i++) {
        int result = IndexKeyType.compareFieldValues(a.get(i), b.get(i));
        if (result != 0) {
          return result;
        }
      }
      return 0;
    }

    @Override
    public boolean hasNext() {
      return !heads.isEmpty();
    }

    @Override
    public Object next() {
      Head head = heads.poll();
      if (head == null) {
        throw new NoSuchElementException();
      }
      if (head.rest.hasNext()) {
        heads.add(new Head(head.rest.next(), head.rest));
      }
      return head.key;
    }
  }

  private record Head(Object key, Iterator<Object> rest) {}

  private record Positions(Iterator<Object> keys) implements Iterator<Object> {
    @Override
    public boolean hasNext() {
      return keys.hasNext();
    }

    @Override
    public Object next() {
      return SecondaryIndex.position(keys.next());
    }
  }

  /** An array gives a document several keys: it is read at the first. */
  private static final class Distinct implements Iterator<Object> {

    private final Iterator<Object> keys;
    private final Set<Object> seen = new HashSet<>();
    private Object next;

    Distinct(Iterator<Object> keys) {
      this.keys = keys;
    }

    @Override
    public boolean hasNext() {
      while (next == null && keys.hasNext()) {
        Object position = SecondaryIndex.position(keys.next());
        if (seen.add(position)) {
          next = position;
        }
      }
      return next != null;
    }

    @Override
    public Object next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Object position = next;
      next = null;
      return position;
    }
  }
}
