package io.civicline.stats.league;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One department's or district's place in the league. An unranked row (no dispatches in the period,
 * or no weighted rate with a denominator) has no score and no rank.
 *
 * @param movement {@code previousRank − rank}: up when positive; null unless ranked both times
 * @param figures the counters summed over the period, and {@code overdue} as of now
 */
public record LeagueRow(
    String code,
    Integer rank,
    BigDecimal score,
    Integer previousRank,
    BigDecimal previousScore,
    Integer movement,
    Map<String, Long> figures,
    Map<String, BigDecimal> rates) {}
