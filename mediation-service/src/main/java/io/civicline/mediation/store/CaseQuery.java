package io.civicline.mediation.store;

import io.civicline.mediation.domain.CaseStatus;
import java.time.Instant;

/**
 * A search of cases: each filter optional; {@code registeredFrom} inclusive and {@code
 * registeredBefore} exclusive; {@code text} is a case number (or its beginning), a 12345 ticket
 * number, a party's phone number, or words of the summary.
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
    int size) {}
