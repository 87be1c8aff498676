package io.civicline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * The state of a ticket that the figures need, as codes and timestamps only: never a caller's name,
 * phone, address or free text. Fields other than status, channel, category, district and receivedAt
 * are optional and absent until the lifecycle reaches them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketSnapshot(
    String number,
    String status,
    String channel,
    String category,
    String district,
    String urgency,
    String department,
    Instant receivedAt,
    Instant dispatchedAt,
    Instant deadline,
    Boolean overdue,
    Instant completedAt,
    Instant closedAt) {}
