package io.civicline.hotline.domain;

import io.civicline.events.TicketStepType;
import java.time.Instant;

/**
 * One fact of the ticket's life that the figures count, appended when it happened and never
 * changed: its type, its time and the department holding the ticket then (null when none did). The
 * other fields belong to some types only, as in the contract's {@code TicketSnapshot.Step}.
 */
public record TicketStep(
    TicketStepType type,
    Instant at,
    String department,
    Instant dispatchedAt,
    Boolean onTime,
    CallbackRating rating,
    Boolean solved,
    MediationOutcome outcome) {

  static TicketStep of(TicketStepType type, Instant at, String department) {
    return new TicketStep(type, at, department, null, null, null, null, null);
  }

  /** The signature of {@code dispatch}, which has just been signed for. */
  static TicketStep signed(Dispatch dispatch) {
    return new TicketStep(
        TicketStepType.SIGNED,
        dispatch.signedAt(),
        dispatch.department(),
        dispatch.dispatchedAt(),
        dispatch.signedOnTime(),
        null,
        null,
        null);
  }

  static TicketStep replied(Reply reply) {
    return new TicketStep(
        TicketStepType.REPLIED,
        reply.repliedAt(),
        reply.department(),
        null,
        reply.onTime(),
        null,
        null,
        null);
  }

  /** A callback about {@code reply}: none after a first-contact answer. */
  static TicketStep calledBack(Callback callback, Reply reply) {
    return new TicketStep(
        TicketStepType.CALLED_BACK,
        callback.at(),
        reply == null ? null : reply.department(),
        null,
        null,
        callback.rating(),
        callback.solved(),
        null);
  }

  static TicketStep concluded(ReferralConclusion conclusion) {
    return new TicketStep(
        TicketStepType.REFERRAL_CONCLUDED,
        conclusion.at(),
        null,
        null,
        null,
        null,
        null,
        conclusion.outcome());
  }
}
