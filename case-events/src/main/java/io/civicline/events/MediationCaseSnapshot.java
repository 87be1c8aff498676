package io.civicline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The state of a mediation case that the figures need, as codes and timestamps only: never a
 * party's name, phone, ID number, the case summary or any other free text. {@code linkageBody} says
 * whether the mediating body is one of the "four offices and one court".
 *
 * <p>Fields other than status, disputeType, district, source and registeredAt are optional and
 * absent until the lifecycle reaches them. A declined case has {@code declinedAt} and is counted
 * apart from the registered ones; {@code agreementType} and {@code amount} describe the agreement
 * of a successful case (agreed at {@code closedAt}), {@code advice} what a failed case's parties
 * were advised, {@code transferredTo} the body a transferred case went to.
 *
 * <p>{@code closings} is the case's append-only list of closings: a case closed FAILED and reopened
 * keeps its first closing there, so the figures never forget a mediation that took place. Snapshots
 * written before it existed have none; their figures are read from {@code closedAt} and {@code
 * outcome} as before.
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
    String outcome,
    Instant declinedAt,
    String declineReason,
    String mediator,
    Integer sessions,
    List<Instant> extendedAt,
    String agreementType,
    BigDecimal amount,
    String advice,
    String transferredTo,
    Instant performanceFollowUpAt,
    String performance,
    Instant judicialConfirmedAt,
    Instant reopenedAt,
    List<Closing> closings) {

  /** One closing of the case: when, and its outcome. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Closing(Instant at, String outcome) {}

  /**
   * The fields of the contract's first version, the others absent: what producers written against
   * it (and their tests) still construct.
   */
  public MediationCaseSnapshot(
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
      String outcome) {
    this(
        number,
        status,
        disputeType,
        district,
        source,
        body,
        linkageBody,
        referralTicketId,
        registeredAt,
        deadline,
        overdue,
        closedAt,
        outcome,
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
        null);
  }
}
