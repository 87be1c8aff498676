package io.civicline.mediation.store;

import io.civicline.mediation.domain.CaseStatus;
import java.time.Instant;

/**
 * A search of cases: each filter optional; {@code registeredFrom} inclusive and {@code
 * registeredBefore} exclusive; {@code text} is a case number (or its beginning), a 12345 ticket
 * number, a party's phone number, or words of the summary; {@code fact}, if given, keeps the cases
 * behind a figure.
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
    int page,
    int size,
    FactFilter fact) {

  /** A search without a figure's fact. */
  public CaseQuery(
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
      int page,
      int size) {
    this(
        status,
        disputeType,
        district,
        body,
        mediator,
        source,
        overdue,
        ticketId,
        registeredFrom,
        registeredBefore,
        text,
        page,
        size,
        null);
  }
}
