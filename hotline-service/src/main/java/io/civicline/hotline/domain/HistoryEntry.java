package io.civicline.hotline.domain;

import java.time.Instant;

/**
 * One line of a ticket's audit trail: who did what when, and the status it moved between; {@code
 * publicReply} is the public part of a reply ({@link Reply#publicReply()}), kept here so that each
 * reply's stays after a reopen and a new reply (null on every other line and on older lines).
 */
public record HistoryEntry(
    Instant at,
    String by,
    TicketAction action,
    TicketStatus from,
    TicketStatus to,
    String note,
    String publicReply) {}
