package io.civicline.mediation.domain;

import java.time.Instant;

/** One line of a case's audit trail: who did what when, and the status it moved between. */
public record HistoryEntry(
    Instant at, String by, CaseAction action, CaseStatus from, CaseStatus to, String note) {}
