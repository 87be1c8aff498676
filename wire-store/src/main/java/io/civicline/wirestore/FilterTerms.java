package io.civicline.wirestore;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What an index can serve of a query filter: per top-level field, the values it must equal ({@code
 * $eq}, {@code $in}), the values its array must all hold ({@code $all}), a range ({@code $gt},
 * {@code $gte}, {@code $lt}, {@code $lte}) and whether it must exist ({@code $exists: true}).
 * Anything else stays for the full filter, which every document read through an index is matched
 * against again.
 *
 * @param exact whether the terms say all the filter says: then an index range holding exactly the
 *     terms holds exactly the matching documents, and can be counted without reading them
 */
record FilterTerms(Map<String, Term> terms, boolean exact) {

  /**
   * The conditions on one field; a list or bound is null when the filter has none.
   *
   * @param present whether the field must exist ({@code $exists: true}): a sparse index on it holds
   *     every document that may match
   * @param complete whether the filter says nothing else about the field
   */
  record Term(
      List<Object> equalsAnyOf,
      List<Object> containsAll,
      Object lower,
      boolean lowerInclusive,
      Object upper,
      boolean upperInclusive,
      boolean present,
      boolean complete) {

    boolean hasRange() {
      return lower != null || upper != null;
    }
  }

  static FilterTerms of(Document filter) {
    Map<String, Term> terms = new LinkedHashMap<>();
    boolean exact = collect(filter, terms);
    return new FilterTerms(terms, exact);
  }

  Term get(String field) {
    return terms.get(field);
  }

  private static boolean collect(Document filter, Map<String, Term> terms) {
    boolean exact = true;
    for (Map.Entry<String, Object> entry : filter.entrySet()) {
      String field = entry.getKey();
      Object value = entry.getValue();
      if (field.equals("$and") && value instanceof Collection<?> parts) {
        for (Object part : parts) {
          exact &= part instanceof Document document && collect(document, terms);
        }
      } else if (field.startsWith("$") || terms.containsKey(field)) {
        exact = false;
      } else {
        Term term = value instanceof Document operators ? ofOperators(operators) : ofValue(value);
        if (term == null) {
          exact = false;
        } else {
          terms.put(field, term);
          exact &= term.complete();
        }
      }
    }
    return exact;
  }

  private static Term ofValue(Object value) {
    return isIndexable(value)
        ? new Term(List.of(value), null, null, false, null, false, false, true)
        : null;
  }

  private static Term ofOperators(Document operators) {
    List<Object> equalsAnyOf = null;
    List<Object> containsAll = null;
    Object lower = null;
    Object upper = null;
    boolean lowerInclusive = false;
    boolean upperInclusive = false;
    boolean present = false;
    int used = 0;
    for (Map.Entry<String, Object> entry : operators.entrySet()) {
      Object operand = entry.getValue();
      switch (entry.getKey()) {
        case "$eq", "$in", "$all" -> {
          List<Object> values = indexableList(entry.getKey(), operand);
          if (values == null || equalsAnyOf != null || containsAll != null) {
            continue;
          }
          if (entry.getKey().equals("$all")) {
            containsAll = values;
          } else {
            equalsAnyOf = values;
          }
        }
        case "$gt", "$gte" -> {
          if (lower != null || !isIndexable(operand)) {
            continue;
          }
          lower = operand;
          lowerInclusive = entry.getKey().equals("$gte");
        }
        case "$lt", "$lte" -> {
          if (upper != null || !isIndexable(operand)) {
            continue;
          }
          upper = operand;
          upperInclusive = entry.getKey().equals("$lte");
        }
        case "$exists" -> {
          if (!Boolean.TRUE.equals(operand)) {
            continue;
          }
          present = true;
        }
        default -> {
          continue;
        }
      }
      used++;
    }
    if (used == 0) {
      return null;
    }
    // The index read is then a superset: documents with the field under other elements, too.
    boolean complete =
        !present
            && used == operators.size()
            && (equalsAnyOf == null || lower == null && upper == null)
            && (containsAll == null || containsAll.size() == 1)
            && (lower == null || upper == null || IndexBound.sameType(lower, upper));
    return new Term(
        equalsAnyOf, containsAll, lower, lowerInclusive, upper, upperInclusive, present, complete);
  }

  private static List<Object> indexableList(String operator, Object operand) {
    if (operator.equals("$eq")) {
      return isIndexable(operand) ? List.of(operand) : null;
    }
    if (!(operand instanceof Collection<?> values) || values.isEmpty()) {
      return null;
    }
    if (!values.stream().allMatch(FilterTerms::isIndexable)) {
      return null;
    }
    // Once each, as MongoDB compares them (2 and 2.0 are one value): each is a range to read.
    Set<Object> distinct = new TreeSet<>(IndexBound.ORDER);
    distinct.addAll(values);
    return new ArrayList<>(distinct);
  }

  /**
   * A value an index key is compared with: one whose equality and order in MongoDB are those of the
   * value itself. Null (which also matches a missing field), documents, arrays and regular
   * expressions are left to the filter.
   */
  static boolean isIndexable(Object value) {
    return value instanceof String
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Double
        || value instanceof Boolean
        || value instanceof Instant
        || value instanceof ObjectId
        || value instanceof UUID;
  }
}
