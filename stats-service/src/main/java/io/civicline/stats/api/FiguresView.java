package io.civicline.stats.api;

import io.civicline.stats.figures.Granularity;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of one period, e.g. {@code {"period":"2026-11-26","granularity":"DAY",
 * "zone":"Asia/Shanghai","district":null,"figures":{"received":1,…},"rates":{…}}}; {@code district}
 * is null for the whole city. Live figures (open, overdue, atRisk) are as of now. {@code links}:
 * each count's console search listing the tickets or cases behind it ({@code FigureLinks}).
 */
record FiguresView(
    String period,
    Granularity granularity,
    String zone,
    String district,
    Map<String, Number> figures,
    Map<String, BigDecimal> rates,
    Map<String, String> links) {}
