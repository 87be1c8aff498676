package io.civicline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * The state of a ticket that the figures need, as codes and timestamps only: never a caller's name,
 * phone, address or free text. Fields other than status, channel, category, district and receivedAt
 * are optional and absent until the lifecycle reaches them. Things that can happen more than once
 * (returns, granted extensions, callbacks, reopenings) are lists, so a figure "in the period" can
 * be counted from the newest snapshot alone.
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
    Instant closedAt,
    String topic,
    Instant firstDispatchedAt,
    Instant signedAt,
    Boolean signedOnTime,
    List<Instant> returnedAt,
    List<Instant> extendedAt,
    String replyResult,
    Boolean completedOnTime,
    List<Callback> callbacks,
    List<Instant> reopenedAt,
    Instant referredAt,
    String mediationOutcome,
    String duplicateOf,
    Boolean supervised) {

  /** A ticket just received: the intake codes and nothing further along the lifecycle. */
  public static TicketSnapshot received(
      String number,
      String status,
      String channel,
      String category,
      String district,
      String urgency,
      Instant receivedAt) {
    return new TicketSnapshot(
        number,
        status,
        channel,
        category,
        district,
        urgency,
        null,
        receivedAt,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false);
  }

  /** The same snapshot, marked as a duplicate of another ticket. */
  public TicketSnapshot asDuplicateOf(String originalId, Instant at) {
    return new TicketSnapshot(
        number,
        "DUPLICATE",
        channel,
        category,
        district,
        urgency,
        department,
        receivedAt,
        dispatchedAt,
        deadline,
        false,
        completedAt,
        at,
        topic,
        firstDispatchedAt,
        signedAt,
        signedOnTime,
        returnedAt,
        extendedAt,
        replyResult,
        completedOnTime,
        callbacks,
        reopenedAt,
        referredAt,
        mediationOutcome,
        originalId,
        supervised);
  }

  /** One callback to the citizen: when, and the rating (or {@code UNREACHABLE}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Callback(Instant at, String rating) {}
}
