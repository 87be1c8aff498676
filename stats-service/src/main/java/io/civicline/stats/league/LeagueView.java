package io.civicline.stats.league;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The league of a period by department or district: ranked rows first, best first (ties in
 * reference-data order), then the unranked ones.
 *
 * @param weights the weight of each rate in the score, rates weighing 0 left out
 */
public record LeagueView(
    String period,
    String previousPeriod,
    String zone,
    String by,
    Map<String, BigDecimal> weights,
    List<LeagueRow> rows) {}
