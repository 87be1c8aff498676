package io.civicline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A change of a hotline ticket, with the ticket's state after it: the CloudEvent's data. {@code
 * type} repeats the CloudEvents type so that the data describes itself.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketEvent(
    String type,
    String eventId,
    String caseId,
    long caseVersion,
    Instant occurredAt,
    TicketSnapshot snapshot)
    implements CaseEvent {}
