package io.civicline.wirestore;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * Whether a document has a value at a dotted path, as MongoDB's {@code $exists} reads it: a path
 * through an array has one when an element has it (or the element at a numeric step); a missing
 * field, a path under an empty array or under elements without the field, and a path through a
 * plain value have none. A null or an empty array at the path's end is a value.
 */
final class FieldPresence {

  private FieldPresence() {}

  static boolean hasValueAt(Object node, String path) {
    int dot = path.indexOf('.');
    String step = dot < 0 ? path : path.substring(0, dot);
    String rest = dot < 0 ? null : path.substring(dot + 1);
    if (node instanceof Document document) {
      if (!document.containsKey(step)) {
        return false;
      }
      return rest == null || hasValueAt(document.get(step), rest);
    }
    if (node instanceof List<?> elements) {
      for (Object element : elements) {
        if (element instanceof Document && hasValueAt(element, path)) {
          return true;
        }
      }
      return isPosition(step, elements.size())
          && (rest == null || hasValueAt(elements.get(Integer.parseInt(step)), rest));
    }
    return false;
  }

  private static boolean isPosition(String step, int size) {
    return !step.isEmpty()
        && step.length() < 10
        && step.chars().allMatch(Character::isDigit)
        && Integer.parseInt(step) < size;
  }
}
