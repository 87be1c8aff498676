package io.civicline.stats.api;

import io.civicline.stats.figures.Granularity;
import java.util.Map;

/**
 * The hotline figures of one period, e.g. {@code {"period":"2026-11-26","granularity":"DAY",
 * "zone":"Asia/Shanghai","district":null,"figures":{"received":1}}}; {@code district} is null for
 * the whole city.
 */
record HotlineFiguresView(
    String period,
    Granularity granularity,
    String zone,
    String district,
    Map<String, Long> figures) {}
