package io.civicline.hotline.store;

import io.civicline.hotline.domain.TicketStatus;

/**
 * A search of tickets: each filter optional; {@code text} is a ticket number (or its beginning), a
 * caller's phone number, or words of the description. With {@code drillDown}, the tickets behind
 * that figure, {@code department} charged as the figure charges it; without, {@code department} is
 * the one holding the ticket.
 */
public record TicketQuery(
    TicketStatus status,
    String district,
    String category,
    String topic,
    String channel,
    Boolean overdue,
    String department,
    DrillDown drillDown,
    String text,
    int page,
    int size) {}
