package io.civicline.mediation.domain;

import java.time.Instant;

/**
 * A court's confirmation of the agreement (司法确认): which court, when the parties applied (within
 * {@link Agreement#JUDICIAL_CONFIRMATION_WINDOW} of the agreement) and when it confirmed.
 */
public record JudicialConfirmation(
    String court, Instant appliedAt, Instant confirmedAt, Instant recordedAt, String recordedBy) {}
