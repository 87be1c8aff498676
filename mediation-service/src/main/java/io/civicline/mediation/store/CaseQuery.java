package io.civicline.mediation.store;

import io.civicline.kit.lists.ListPage;
import io.civicline.mediation.domain.CaseStatus;
import java.time.Instant;

/**
 * A search of cases: each filter optional; {@code registeredFrom} inclusive and {@code
 * registeredBefore} exclusive; {@code text} is a case number (or its beginning), a 12345 ticket
 * number, a party's phone number, or words of the summary; {@code fact}, if given, keeps the cases
 * behind a figure; {@code page} is the page of the newest-first list to read.
 */
public record CaseQuery(
    CaseStatus status,
    String disputeType,
    String district,
    String body,
    String mediator,
    String source,
    Boolean overdue,
    String ticketId,
    Instant registeredFrom,
    Instant registeredBefore,
    String text,
    ListPage page,
    FactFilter fact) {

  /** The newest case of a 12345 ticket. */
  public static CaseQuery ofTicket(String ticketId) {
    return new CaseQuery(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        ticketId,
        null,
        null,
        null,
        ListPage.first(1),
        null);
  }
}
