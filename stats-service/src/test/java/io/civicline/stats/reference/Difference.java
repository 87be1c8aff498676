package io.civicline.stats.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One counter on which the topology and the reference disagree (an absent counter is 0). */
record Difference(String key, long topology, long reference) {

  static List<Difference> between(Map<String, Long> topology, Map<String, Long> reference) {
    TreeSet<String> keys = new TreeSet<>(topology.keySet());
    keys.addAll(reference.keySet());
    List<Difference> differences = new ArrayList<>();
    for (String key : keys) {
      long actual = topology.getOrDefault(key, 0L);
      long expected = reference.getOrDefault(key, 0L);
      if (actual != expected) {
        differences.add(new Difference(key, actual, expected));
      }
    }
    return differences;
  }

  @Override
  public String toString() {
    return String.format("%-50s topology %4d  reference %4d", key, topology, reference);
  }
}
