package io.civicline.stats.streams;

import io.civicline.stats.figures.FigureKey;

/**
 * A counter of a figures store ({@link StatsTopology#HOTLINE_FIGURES} or {@link
 * StatsTopology#MEDIATION_FIGURES}) that now has {@code count}.
 */
public record FigureChange(String store, FigureKey key, long count) {}
