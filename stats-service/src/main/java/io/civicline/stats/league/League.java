package io.civicline.stats.league;

import io.civicline.stats.api.FigureSource;
import io.civicline.stats.api.FigureSources;
import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.figures.Dimension;
import io.civicline.stats.figures.Period;
import io.civicline.stats.streams.FigureCounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads the league of a period: each code's hotline counters, read as the figures API reads them
 * and summed over the period's parts (the three months of a quarter), ranked by {@link Standings}.
 */
@Component
public class League {

  /** The breakdowns a league is drawn by, as named in {@code by=}. */
  public static final Map<String, Dimension> BY =
      Map.of("department", Dimension.DEPARTMENT, "district", Dimension.DISTRICT);

  private final FigureSource hotline;
  private final FigureSources sources;
  private final FigureCounts counts;
  private final LeagueScore score;
  private final Standings standings;

  League(FigureSources sources, FigureCounts counts, LeagueFigures figures, LeagueScore score) {
    this.hotline = sources.named("hotline");
    this.sources = sources;
    this.counts = counts;
    this.score = score;
    this.standings = new Standings(figures, score);
  }

  /** The league of {@code period} by {@code by} ({@code department} or {@code district}). */
  public LeagueView of(LeaguePeriod period, String by) {
    Dimension dimension = BY.get(by);
    List<String> codes = sources.codesOf(dimension);
    LeaguePeriod previous = period.previous();
    return new LeagueView(
        period.toString(),
        previous.toString(),
        hotline.figures().zone().getId(),
        by,
        score.weights(),
        standings.rank(counters(codes, dimension, period), counters(codes, dimension, previous)));
  }

  /** The whole city's row of {@code period}: its figures and score, unranked. */
  public LeagueRow city(LeaguePeriod period) {
    LeagueRow alone =
        standings.rank(Map.of("CITY", counters(Breakdown.CITY, period)), Map.of()).get(0);
    return new LeagueRow(
        "CITY", null, alone.score(), null, null, null, alone.figures(), alone.rates());
  }

  private Map<String, Map<String, Long>> counters(
      List<String> codes, Dimension dimension, LeaguePeriod period) {
    Map<String, Map<String, Long>> byCode = new LinkedHashMap<>();
    codes.forEach(code -> byCode.put(code, counters(new Breakdown(dimension, code), period)));
    return byCode;
  }

  /** The counters summed over the parts of the period, then {@code overdue} as of now. */
  private Map<String, Long> counters(Breakdown breakdown, LeaguePeriod period) {
    Map<String, Long> sums = new LinkedHashMap<>();
    Map<String, Number> last = Map.of();
    for (Period part : period.parts()) {
      last = hotline.read(counts, part, breakdown).figures();
      for (String counter : LeagueFigures.COUNTERS) {
        sums.merge(counter, last.get(counter).longValue(), Long::sum);
      }
    }
    sums.put(LeagueFigures.OVERDUE, last.get(LeagueFigures.OVERDUE).longValue());
    return sums;
  }
}
