package io.civicline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A change of a mediation case, with the case's state after it: the CloudEvent's data. {@code type}
 * repeats the CloudEvents type so that the data describes itself.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MediationCaseEvent(
    String type,
    String eventId,
    String caseId,
    long caseVersion,
    Instant occurredAt,
    MediationCaseSnapshot snapshot)
    implements CaseEvent {}
