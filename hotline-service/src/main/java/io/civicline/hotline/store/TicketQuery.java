package io.civicline.hotline.store;

import io.civicline.hotline.domain.TicketStatus;
import io.civicline.kit.lists.ListPage;

/**
 * A search of tickets: each filter optional; {@code text} is a ticket number (or its beginning),
 * words of the description or, with {@code matchPhone} (for those who see phones in full), a
 * caller's whole phone number. With {@code drillDown}, the tickets behind that figure, {@code
 * department} charged as the figure charges it; without, {@code department} is the one holding the
 * ticket. {@code street} is the code of the ticket's street now. {@code page} is the page of the
 * newest-first list to read.
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
    ListPage page,
    boolean matchPhone,
    String street) {

  /** This search, with its text matched against callers' phone numbers (exactly). */
  public TicketQuery matchingPhone() {
    return new TicketQuery(
        status,
        district,
        category,
        topic,
        channel,
        overdue,
        department,
        drillDown,
        text,
        page,
        true,
        street);
  }
}
