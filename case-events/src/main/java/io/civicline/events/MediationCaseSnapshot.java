package io.civicline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * The state of a mediation case that the figures need, as codes and timestamps only: never a
 * party's name, phone, ID number or the case summary. {@code linkageBody} says whether the
 * mediating body is one of the "four offices and one court".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MediationCaseSnapshot(
    String number,
    String status,
    String disputeType,
    String district,
    String source,
    String body,
    Boolean linkageBody,
    String referralTicketId,
    Instant registeredAt,
    Instant deadline,
    Boolean overdue,
    Instant closedAt,
    String outcome) {}
