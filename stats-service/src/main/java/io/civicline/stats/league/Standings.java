package io.civicline.stats.league;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks rows by their score: the higher score first, rows with equal scores (to the one decimal
 * shown) share a rank and the next rank skips as many (1, 2, 2, 4), ties in the order given. A row
 * without dispatches in the period, or without a score, is listed after the ranked ones, unranked.
 */
final class Standings {

  private final LeagueFigures figures;
  private final LeagueScore score;

  Standings(LeagueFigures figures, LeagueScore score) {
    this.figures = figures;
    this.score = score;
  }

  /**
   * @param now the counters of each code in the period, in reference-data order
   * @param before the counters of each code in the previous period
   */
  List<LeagueRow> rank(Map<String, Map<String, Long>> now, Map<String, Map<String, Long>> before) {
    Map<String, BigDecimal> scores = scores(now);
    Map<String, Integer> ranks = ranks(scores);
    Map<String, BigDecimal> previousScores = scores(before);
    Map<String, Integer> previousRanks = ranks(previousScores);
    List<LeagueRow> rows = new ArrayList<>();
    now.forEach(
        (code, counters) -> {
          Integer rank = ranks.get(code);
          Integer previousRank = previousRanks.get(code);
          rows.add(
              new LeagueRow(
                  code,
                  rank,
                  scores.get(code),
                  previousRank,
                  previousScores.get(code),
                  rank == null || previousRank == null ? null : previousRank - rank,
                  counters,
                  figures.rates(counters)));
        });
    rows.sort(
        Comparator.comparing(LeagueRow::rank, Comparator.nullsLast(Comparator.naturalOrder())));
    return rows;
  }

  /** The score of each code that has one; none without dispatches. */
  private Map<String, BigDecimal> scores(Map<String, Map<String, Long>> counters) {
    Map<String, BigDecimal> scores = new HashMap<>();
    counters.forEach(
        (code, counted) -> {
          BigDecimal value =
              counted.getOrDefault(LeagueFigures.DISPATCHES, 0L) > 0
                  ? score.of(figures.rates(counted))
                  : null;
          if (value != null) {
            scores.put(code, value);
          }
        });
    return scores;
  }

  /** 1 + the number of scores above each one. */
  private static Map<String, Integer> ranks(Map<String, BigDecimal> scores) {
    Map<String, Integer> ranks = new HashMap<>();
    scores.forEach(
        (code, value) ->
            ranks.put(
                code,
                1
                    + (int)
                        scores.values().stream()
                            .filter(other -> other.compareTo(value) > 0)
                            .count()));
    return ranks;
  }
}
