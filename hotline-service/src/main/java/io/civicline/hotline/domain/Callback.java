package io.civicline.hotline.domain;

import java.time.Instant;

/** One callback (回访) to the citizen and its result. */
public record Callback(Instant at, CallbackRating rating, String note, String by) {}
