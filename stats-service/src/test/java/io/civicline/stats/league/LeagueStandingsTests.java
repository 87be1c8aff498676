package io.civicline.stats.league;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.stats.figures.HotlineFigures;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ranking rules on hand-made counters; every expected rate and score is worked out by hand in a
 * comment from the definitions in docs/design.md and {@link LeagueScore}.
 */
class LeagueStandingsTests {

  final Standings standings =
      new Standings(
          new LeagueFigures(new HotlineFigures(ZoneId.of("Asia/Shanghai"))),
          new LeagueScore(LeagueScoreTests.THREE_RATES));

  @Test
  void theHigherScoreRanksFirstAndADepartmentWithoutDispatchesIsListedUnranked() {
    Map<String, Map<String, Long>> now = new LinkedHashMap<>();
    // response 9/10 = 90.0, resolution 3/4 = 75.0, satisfaction 4/4 = 100.0 → 88.3
    now.put(
        "A",
        counters("dispatches", 10, "signedOnTime", 9, "rated", 4, "resolved", 3, "satisfied", 4));
    // response 8/8 = 100.0, no callbacks → 100.0
    now.put("B", counters("dispatches", 8, "signedOnTime", 8));
    // no dispatches in the period: unranked, whatever its callbacks say
    now.put("D", counters("rated", 2, "resolved", 2, "satisfied", 2));
    // response 4/5 = 80.0, resolution 3/3 = 100.0, satisfaction 2/3 = 66.7 → 246.7 / 3 = 82.2
    now.put(
        "C",
        counters("dispatches", 5, "signedOnTime", 4, "rated", 3, "resolved", 3, "satisfied", 2));

    List<LeagueRow> rows = standings.rank(now, Map.of());

    assertThat(rows).extracting(LeagueRow::code).containsExactly("B", "A", "C", "D");
    assertThat(rows).extracting(LeagueRow::rank).containsExactly(1, 2, 3, null);
    assertThat(rows)
        .extracting(row -> row.score() == null ? null : row.score().toPlainString())
        .containsExactly("100.0", "88.3", "82.2", null);
    assertThat(rows.get(3).rates().get("satisfactionRate")).isEqualByComparingTo("100.0");
  }

  @Test
  void equalScoresShareARankAndTheNextRankSkips() {
    Map<String, Map<String, Long>> now = new LinkedHashMap<>();
    // 2/4 = 50.0, 1/2 = 50.0, 3/3 = 100.0, 0/1 = 0.0
    now.put("A", counters("dispatches", 4, "signedOnTime", 2));
    now.put("B", counters("dispatches", 2, "signedOnTime", 1));
    now.put("C", counters("dispatches", 3, "signedOnTime", 3));
    now.put("E", counters("dispatches", 1, "signedOnTime", 0));

    List<LeagueRow> rows = standings.rank(now, Map.of());

    assertThat(rows).extracting(LeagueRow::code).containsExactly("C", "A", "B", "E");
    assertThat(rows).extracting(LeagueRow::rank).containsExactly(1, 2, 2, 4);
  }

  @Test
  void eachRowCarriesItsPreviousScoreRankAndMovement() {
    Map<String, Map<String, Long>> before = new LinkedHashMap<>();
    before.put("A", counters("dispatches", 2, "signedOnTime", 2)); // 100.0, 1st
    before.put("B", counters("dispatches", 2, "signedOnTime", 1)); // 50.0, 2nd
    before.put("C", counters()); // no dispatches: unranked
    Map<String, Map<String, Long>> now = new LinkedHashMap<>();
    now.put("A", counters("dispatches", 4, "signedOnTime", 3)); // 75.0, 2nd
    now.put("B", counters("dispatches", 5, "signedOnTime", 5)); // 100.0, 1st
    now.put("C", counters("dispatches", 1, "signedOnTime", 0)); // 0.0, 3rd

    List<LeagueRow> rows = standings.rank(now, before);

    assertThat(rows).extracting(LeagueRow::code).containsExactly("B", "A", "C");
    assertThat(rows).extracting(LeagueRow::previousRank).containsExactly(2, 1, null);
    assertThat(rows)
        .extracting(row -> row.previousScore() == null ? null : row.previousScore().toPlainString())
        .containsExactly("50.0", "100.0", null);
    assertThat(rows).extracting(LeagueRow::movement).containsExactly(1, -1, null);
  }

  @Test
  void theSharesOfReturnsAndReopeningsAreShownButNotScored() {
    Map<String, Map<String, Long>> now = new LinkedHashMap<>();
    // returned 1/10 = 10.0, reopened 1/4 = 25.0, completed on time 3/4 = 75.0; score 9/10 = 90.0
    now.put(
        "A",
        counters(
            "dispatches",
            10,
            "signedOnTime",
            9,
            "returned",
            1,
            "completed",
            4,
            "completedOnTime",
            3,
            "reopened",
            1,
            "urged",
            2,
            "extended",
            1,
            "overdue",
            3));

    LeagueRow row = standings.rank(now, Map.of()).get(0);

    assertThat(row.rates().get("returnedRate")).isEqualByComparingTo("10.0");
    assertThat(row.rates().get("reopenedRate")).isEqualByComparingTo("25.0");
    assertThat(row.rates().get("completedOnTimeRate")).isEqualByComparingTo("75.0");
    assertThat(row.rates().get("resolutionRate")).isNull();
    assertThat(row.score()).isEqualByComparingTo("90.0");
    assertThat(row.figures()).containsEntry("urged", 2L).containsEntry("overdue", 3L);
  }

  static Map<String, Long> counters(Object... nameAndCount) {
    Map<String, Long> counters = new HashMap<>();
    for (int i = 0; i < nameAndCount.length; i += 2) {
      counters.put((String) nameAndCount[i], ((Integer) nameAndCount[i + 1]).longValue());
    }
    return counters;
  }
}
