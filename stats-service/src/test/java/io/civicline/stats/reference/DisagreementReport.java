package io.civicline.stats.reference;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a failure prints so that it replays: the seed, the first differing counters, and the journey
 * of a smallest ticket that on its own makes the topology disagree with the reference.
 */
final class DisagreementReport {

  private static final int SHOWN = 25;
  private static final int TRIED_ALONE = 60;

  private DisagreementReport() {}

  static String of(long seed, List<Difference> differences, List<Journey> journeys, Path dir) {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            "seed %d (replay: -Dfigures.seed=%d): %d counters differ, the first:%n",
            seed, seed, differences.size()));
    differences.stream().limit(SHOWN).forEach(d -> text.append("  ").append(d).append('\n'));
    // a counter the topology has and the reference lacks names no ticket: match figure|period|
    Set<String> keys =
        differences.stream()
            .map(d -> d.key().substring(0, d.key().lastIndexOf('|') + 1))
            .collect(Collectors.toSet());
    // tickets the reference counts in the figure and period of a differing counter first
    List<Journey> candidates =
        journeys.stream()
            .sorted(
                Comparator.comparing((Journey j) -> touches(j, keys) ? 0 : 1)
                    .thenComparing(j -> j.events().size()))
            .limit(TRIED_ALONE)
            .sorted(Comparator.comparing(j -> j.events().size()))
            .toList();
    for (Journey journey : candidates) {
      List<Difference> alone =
          Difference.between(
              TopologyRun.countersOf(dir.resolve(journey.caseId()), journey.events()),
              ReferenceFigures.countersOf(journey.events()));
      if (!alone.isEmpty()) {
        text.append("a smallest ticket that disagrees on its own, its events in order:\n")
            .append(journey.intake())
            .append('\n')
            .append(journey.text())
            .append("\nits differing counters:\n");
        alone.stream().limit(SHOWN).forEach(d -> text.append("  ").append(d).append('\n'));
        return text.toString();
      }
    }
    return text.append("no single ticket of the first ")
        .append(TRIED_ALONE)
        .append(" disagrees alone")
        .toString();
  }

  private static boolean touches(Journey journey, Set<String> keys) {
    Map<String, Long> own = ReferenceFigures.countersOf(journey.events());
    return own.keySet().stream()
        .anyMatch(key -> keys.contains(key.substring(0, key.lastIndexOf('|') + 1)));
  }
}
