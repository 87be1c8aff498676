package io.civicline.mediation.domain;

import java.time.Instant;

/** Why and when the case was declined (不予受理), and by whom. */
public record Decline(DeclineReason reason, String note, Instant at, String by) {}
