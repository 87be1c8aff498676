package io.civicline.hotline.store;

import io.civicline.hotline.domain.TicketStatus;

/**
 * A search of tickets: each filter optional; {@code text} is a ticket number (or its beginning), a
 * caller's phone number, or words of the description.
 */
public record TicketQuery(
    TicketStatus status,
    String district,
    String category,
    Boolean overdue,
    String department,
    String text,
    int page,
    int size) {}
