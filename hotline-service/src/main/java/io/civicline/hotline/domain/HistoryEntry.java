package io.civicline.hotline.domain;

import java.time.Instant;

/** One line of a ticket's audit trail: who did what when, and the status it moved between. */
public record HistoryEntry(
    Instant at, String by, TicketAction action, TicketStatus from, TicketStatus to, String note) {}
