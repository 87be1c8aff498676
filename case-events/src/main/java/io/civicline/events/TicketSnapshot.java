package io.civicline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * The state of a ticket that the figures need, as codes and timestamps only: never a caller's name,
 * phone, address or free text. Fields other than status, channel, category, district and receivedAt
 * are optional and absent until the lifecycle reaches them.
 *
 * <p>{@code steps} is the ticket's append-only list of the facts the figures count, each with the
 * department that held the ticket when it happened: a newer snapshot only ever adds steps, so the
 * figures never forget a fact when the ticket moves on (a reopen keeps the on-time signature of the
 * first dispatch). Snapshots written before steps existed have none; their figures are read from
 * the other fields as before. The intake codes (channel, category, topic, district) are fixed at
 * receipt, so each step's codes are the snapshot's.
 *
 * <p>{@code street} is the code of the ticket's street or township (街道/乡镇) in its district, absent
 * until an agent records the place. Unlike the intake codes, an agent may correct it: the figures
 * count a ticket for the street of its newest snapshot. The address and coordinates of the place
 * are personal data and never part of a snapshot.
 *
 * <p>{@code overdue} and {@code atRisk} (past 75 % of its time, not yet overdue: the early warning,
 * 预警) are set by the SLA watcher while a department holds the ticket, and cleared when it leaves
 * that department or a granted extension moves its deadline.
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
    Boolean supervised,
    List<Step> steps,
    Boolean atRisk,
    String street) {

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
        false,
        List.of(),
        false,
        null);
  }

  /** The same snapshot with {@code newSteps} (null: as written before steps existed). */
  public TicketSnapshot withSteps(List<Step> newSteps) {
    return new TicketSnapshot(
        number,
        status,
        channel,
        category,
        district,
        urgency,
        department,
        receivedAt,
        dispatchedAt,
        deadline,
        overdue,
        completedAt,
        closedAt,
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
        duplicateOf,
        supervised,
        newSteps,
        atRisk,
        street);
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
        supervised,
        steps,
        false,
        street);
  }

  /**
   * One callback to the citizen: when, the rating (or {@code UNREACHABLE}) and whether the citizen
   * says the problem is solved (absent when unreachable, and in callbacks recorded before it was
   * asked).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Callback(Instant at, String rating, Boolean solved) {

    /** A callback of the contract's first version, which did not ask whether it was solved. */
    public Callback(Instant at, String rating) {
      this(at, rating, null);
    }
  }

  /**
   * One fact of the ticket's life, appended when it happened and never changed: its {@link
   * TicketStepType type}, its time, and the department that held the ticket then (null when none
   * did). The other fields belong to some types only:
   *
   * <ul>
   *   <li>{@code dispatchedAt}: SIGNED, the time of the dispatch signed for (the response figure
   *       counts in the dispatch's period);
   *   <li>{@code onTime}: SIGNED within the sign-for window, REPLIED by the deadline;
   *   <li>{@code rating}, {@code solved}: CALLED_BACK, as in {@link Callback};
   *   <li>{@code outcome}: REFERRAL_CONCLUDED, the mediation outcome (SUCCESS, FAILED, WITHDRAWN,
   *       TRANSFERRED, DECLINED).
   * </ul>
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Step(
      String type,
      Instant at,
      String department,
      Instant dispatchedAt,
      Boolean onTime,
      String rating,
      Boolean solved,
      String outcome) {

    /** A step that is only a type, a time and the department holding the ticket. */
    public static Step of(TicketStepType type, Instant at, String department) {
      return new Step(type.name(), at, department, null, null, null, null, null);
    }
  }
}
