package io.civicline.mediation.domain;

import java.time.Instant;

/** The performance follow-up (履行回访): whether the parties keep the agreement. */
public record FollowUp(Performance performance, String note, Instant at, String by) {}
