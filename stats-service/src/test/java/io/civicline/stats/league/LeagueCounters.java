package io.civicline.stats.league;

import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import io.civicline.stats.figures.FigureKey;
import io.civicline.stats.streams.FigureCounts;
import io.civicline.stats.streams.StatsTopology;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made hotline counters for a mocked {@link FigureCounts}, by their key as the topology writes
 * it ({@code dispatches|2026-11|DEPARTMENT:HEATING_CO}); every other counter is 0.
 */
public final class LeagueCounters {

  private final Map<String, Long> counters = new HashMap<>();

  /** Sets {@code figure} of {@code period} ({@code now} for live ones) for {@code breakdown}. */
  public LeagueCounters set(String breakdown, String period, Object... figureAndCount) {
    for (int i = 0; i < figureAndCount.length; i += 2) {
      counters.put(
          figureAndCount[i] + "|" + period + "|" + breakdown,
          ((Integer) figureAndCount[i + 1]).longValue());
    }
    return this;
  }

  /** Lets {@code counts} answer with these counters. */
  public void feed(FigureCounts counts) {
    given(counts.of(eq(StatsTopology.HOTLINE_FIGURES), anyList()))
        .willAnswer(
            call -> {
              List<FigureKey> keys = call.getArgument(1);
              Map<FigureKey, Long> answer = new LinkedHashMap<>();
              keys.forEach(key -> answer.put(key, counters.getOrDefault(key.encode(), 0L)));
              return answer;
            });
  }
}
