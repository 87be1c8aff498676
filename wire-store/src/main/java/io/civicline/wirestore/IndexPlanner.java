package io.civicline.wirestore;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import io.civicline.wirestore.FilterTerms.Term;
import io.civicline.wirestore.IndexScan.Range;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the {@link SecondaryIndex} read that answers a query with the fewest index entries: the
 * index's leading fields with equality ({@code $eq}, {@code $in}, one value of {@code $all}), then
 * a range or the sort on the next field. Reading a served sort stops at the limit.
 */
final class IndexPlanner {

  /** Ranges one read may merge: the product of the {@code $in} lists of its leading fields. */
  private static final int MAX_RANGES = 64;

  /**
   * How many entries a read whose sort is served, with filter terms the index does not hold, is
   * expected to pass for each document it returns.
   */
  private static final int RESIDUAL_FACTOR = 10;

  private IndexPlanner() {}

  /** The best read, when one reads fewer entries than the {@code documents} of a full scan. */
  static Optional<IndexScan> plan(
      List<SecondaryIndex> indexes, Document filter, Document sort, int wanted, long documents) {
    FilterTerms terms = FilterTerms.of(filter);
    IndexScan best = null;
    long bestCost = documents;
    for (SecondaryIndex index : indexes) {
      IndexScan scan = plan(index, terms, sort);
      if (scan == null) {
        continue;
      }
      long cost = cost(scan, sort, wanted);
      if (cost < bestCost) {
        best = scan;
        bestCost = cost;
      }
    }
    return Optional.ofNullable(best);
  }

  private static long cost(IndexScan scan, Document sort, int wanted) {
    long entries = scan.entries();
    if (sort != null && !sort.isEmpty() && !scan.sortServed()) {
      return 2 * entries;
    }
    if (wanted > 0) {
      return Math.min(entries, scan.exact() ? wanted : (long) wanted * RESIDUAL_FACTOR);
    }
    return entries;
  }

  private static IndexScan plan(SecondaryIndex index, FilterTerms terms, Document sort) {
    List<String> fields = index.fields();
    List<List<Object>> prefixes = List.of(List.of());
    Set<String> used = new HashSet<>();
    Set<String> constant = new HashSet<>();
    boolean exact = terms.exact();
    int length = 0;
    for (; length < fields.size(); length++) {
      String field = fields.get(length);
      Term term = terms.get(field);
      List<Object> values = term == null ? null : equalValues(index, term, prefixes, length);
      if (values == null || prefixes.size() * values.size() > MAX_RANGES) {
        break;
      }
      exact &= term.equalsAnyOf() == null || values.size() == 1 || !index.isMultikey(field);
      prefixes = extend(prefixes, values);
      used.add(field);
      // One value fixes a field's sort order, unless documents sort by the least of their array.
      if (values.size() == 1 && !index.isMultikey(field)) {
        constant.add(field);
      }
    }
    Term range = length < fields.size() ? terms.get(fields.get(length)) : null;
    if (range != null && range.hasRange()) {
      used.add(fields.get(length));
      exact &= !index.isMultikey(fields.get(length));
    } else {
      range = null;
    }
    if (used.isEmpty() && index.sparse() && mustExist(terms, fields.get(0))) {
      // The whole sparse index: every document that has its first field, and only those.
      used.add(fields.get(0));
      exact = false;
    }
    if (used.isEmpty() && (index.sparse() || sort == null || sort.isEmpty())) {
      return null;
    }
    exact &= used.containsAll(terms.terms().keySet());
    List<String> after = new ArrayList<>(fields.subList(length, fields.size()));
    after.add("_id");
    int direction = servedDirection(index, sort, constant, after);
    List<Range> ranges = new ArrayList<>();
    for (List<Object> prefix : prefixes) {
      ranges.add(range(prefix, range));
    }
    return new IndexScan(index, ranges, length, direction < 0, direction != 0, exact);
  }

  private static boolean mustExist(FilterTerms terms, String field) {
    Term term = terms.get(field);
    return term != null && term.present();
  }

  /** The values of a leading field, or null when the filter does not fix it. */
  private static List<Object> equalValues(
      SecondaryIndex index, Term term, List<List<Object>> prefixes, int length) {
    if (term.equalsAnyOf() != null) {
      return term.equalsAnyOf();
    }
    if (term.containsAll() == null) {
      return null;
    }
    // Every value must be there: reading the documents with the rarest one is enough.
    Object rarest = null;
    long fewest = Long.MAX_VALUE;
    for (Object value : term.containsAll()) {
      long count = 0;
      for (List<Object> prefix : extend(prefixes, List.of(value))) {
        count += index.countBetween(low(prefix), high(prefix));
      }
      if (count < fewest) {
        rarest = value;
        fewest = count;
      }
    }
    return List.of(rarest);
  }

  /**
   * 1 or -1 when reading the index forward or backward gives the sort's order, 0 when it does not.
   * The sort's fields, less those the filter fixes to one value, must be the index's next fields
   * (then the id, which ends every key) in one direction, none holding arrays.
   */
  private static int servedDirection(
      SecondaryIndex index, Document sort, Set<String> constant, List<String> after) {
    if (sort == null) {
      return 1;
    }
    int direction = 0;
    int position = 0;
    for (Map.Entry<String, Object> entry : sort.entrySet()) {
      if (constant.contains(entry.getKey())) {
        continue;
      }
      int fieldDirection = ((Number) entry.getValue()).intValue() < 0 ? -1 : 1;
      if (position >= after.size()
          || !after.get(position).equals(entry.getKey())
          || index.isMultikey(entry.getKey())
          || direction != 0 && direction != fieldDirection) {
        return 0;
      }
      direction = fieldDirection;
      position++;
    }
    return direction == 0 ? 1 : direction;
  }

  private static List<List<Object>> extend(List<List<Object>> prefixes, List<Object> values) {
    List<List<Object>> extended = new ArrayList<>(prefixes.size() * values.size());
    for (List<Object> prefix : prefixes) {
      for (Object value : values) {
        List<Object> longer = new ArrayList<>(prefix);
        longer.add(value);
        extended.add(longer);
      }
    }
    return extended;
  }

  private static Range range(List<Object> prefix, Term term) {
    if (term == null) {
      return new Range(low(prefix), high(prefix));
    }
    Object lowValue = term.lower() != null ? term.lower() : IndexBound.startOf(term.upper());
    Object highValue = term.upper() != null ? term.upper() : IndexBound.endOf(term.lower());
    boolean afterLow = term.lower() != null && !term.lowerInclusive();
    boolean afterHigh = term.upper() == null || term.upperInclusive();
    return new Range(bound(prefix, lowValue, afterLow), bound(prefix, highValue, afterHigh));
  }

  private static KeyValue bound(List<Object> prefix, Object value, boolean afterEqualKeys) {
    List<Object> values = new ArrayList<>(prefix);
    values.add(value);
    if (afterEqualKeys) {
      values.add(IndexBound.AFTER_ALL);
    }
    return new KeyValue(values);
  }

  private static KeyValue low(List<Object> prefix) {
    return prefix.isEmpty() ? new KeyValue(IndexBound.BEFORE_ALL) : new KeyValue(prefix);
  }

  private static KeyValue high(List<Object> prefix) {
    List<Object> values = new ArrayList<>(prefix);
    values.add(IndexBound.AFTER_ALL);
    return new KeyValue(values);
  }
}
