package io.civicline.perf.load;

import java.time.Instant;

/**
 * One thing that happened to a ticket of the load, as the hotline answered it: what, when (the time
 * that places it in a period, docs/design.md "The figures"), the department it is charged to (null:
 * none) and what its kind needs. Facts are only ever added, so a later step never takes one away.
 *
 * @param onTime SIGNED within the sign-for window, REPLIED by the deadline, as the service said
 * @param rating CALLED_BACK: the rating, or UNREACHABLE
 * @param solved CALLED_BACK: whether the citizen says the problem is solved
 * @param outcome REFERRAL_CONCLUDED: mediation's outcome
 */
record TicketFact(
    Kind kind,
    Instant at,
    String department,
    boolean onTime,
    String rating,
    boolean solved,
    String outcome) {

  enum Kind {
    RECEIVED,
    ANSWERED_AT_INTAKE,
    /** Marked a duplicate (重复件): withdraws the ticket's RECEIVED. */
    DUPLICATE_MARKED,
    DISPATCHED,
    /** Signed for; {@code at} is the time of the dispatch it signs for. */
    SIGNED,
    RETURNED,
    EXTENSION_REQUESTED,
    EXTENSION_GRANTED,
    REPLIED,
    CALLED_BACK,
    REOPENED,
    URGED,
    REFERRED,
    REFERRAL_CONCLUDED
  }

  static TicketFact of(Kind kind, Instant at, String department) {
    return new TicketFact(kind, at, department, false, null, false, null);
  }

  static TicketFact timed(Kind kind, Instant at, String department, boolean onTime) {
    return new TicketFact(kind, at, department, onTime, null, false, null);
  }

  static TicketFact callback(Instant at, String aboutReplyOf, String rating, boolean solved) {
    return new TicketFact(Kind.CALLED_BACK, at, aboutReplyOf, false, rating, solved, null);
  }

  static TicketFact concluded(Instant at, String outcome) {
    return new TicketFact(Kind.REFERRAL_CONCLUDED, at, null, false, null, false, outcome);
  }

  /** A callback that reached the citizen. */
  boolean rated() {
    return kind == Kind.CALLED_BACK && !"UNREACHABLE".equals(rating);
  }
}
