package io.civicline.hotline.domain;

import java.time.Instant;

/** Mediation's answer to one referral of the ticket: its case, the outcome and when it came. */
public record ReferralConclusion(String caseId, MediationOutcome outcome, Instant at) {}
