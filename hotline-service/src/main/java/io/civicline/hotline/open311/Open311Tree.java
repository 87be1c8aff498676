package io.civicline.hotline.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Open311 answer as one tree that both formats are written from, so that they cannot differ (the
 * Spark convention): an element is its fields in order ({@link #fields}), a list is {@link Items}
 * (in XML each value is an element named {@code item} inside the list's element; in JSON an array),
 * a leaf is text, a number, a boolean or null (an empty XML element).
 */
final class Open311Tree {

  /** A list: {@code item} names each value's element in XML. */
  record Items(String item, List<?> values) {
    Items {
      values = List.copyOf(values);
    }
  }

  private Open311Tree() {}

  /** An element's fields from names and values in turn; a value may be null. */
  static Map<String, Object> fields(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }
}
