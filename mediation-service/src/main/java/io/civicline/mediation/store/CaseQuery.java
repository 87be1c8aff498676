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

  /** The first {@code size} cases of a status (any when null) assigned to a mediator (any). */
  public static CaseQuery ofMediator(CaseStatus status, String mediator, int size) {
    return only(status, mediator, null, size);
  }

  /** The newest case of a 12345 ticket. */
  public static CaseQuery ofTicket(String ticketId) {
    return only(null, null, ticketId, 1);
  }

  private static CaseQuery only(CaseStatus status, String mediator, String ticketId, int size) {
    return new CaseQuery(
        status,
        null,
        null,
        null,
        mediator,
        null,
        null,
        ticketId,
        null,
        null,
        null,
        ListPage.first(size),
        null);
  }
}
