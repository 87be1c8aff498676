package io.civicline.hotline.domain;

import java.time.Instant;

/**
 * One callback (回访) to the citizen and its result: the rating and whether the citizen says the
 * problem is solved (absent when unreachable, and in callbacks recorded before it was asked).
 */
public record Callback(Instant at, CallbackRating rating, Boolean solved, String note, String by) {}
