package io.civicline.mediation.store;

import java.time.Instant;

/**
 * The cases behind a figure: those with the fact, for a dated one at a time from {@code from}
 * (inclusive) to {@code before} (exclusive), either end open when null.
 */
public record FactFilter(CaseFact fact, Instant from, Instant before) {}
