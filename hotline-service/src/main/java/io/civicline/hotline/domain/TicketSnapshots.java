package io.civicline.hotline.domain;

import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The state the figures need, taken from a ticket: codes and timestamps only, no personal data. */
final class TicketSnapshots {

  private TicketSnapshots() {}

  /** The event of a change, numbered with the ticket's version after it. */
  static TicketEvent event(Ticket ticket, TicketEventType type, Instant at) {
    return new TicketEvent(
        type.cloudEventType(),
        UUID.randomUUID().toString(),
        ticket.id(),
        ticket.version(),
        at,
        of(ticket));
  }

  static TicketSnapshot of(Ticket ticket) {
    Intake intake = ticket.intake();
    Dispatch dispatch = ticket.dispatch();
    Reply reply = ticket.reply();
    Milestones milestones = ticket.milestones();
    String department =
        dispatch != null ? dispatch.department() : reply != null ? reply.department() : null;
    return new TicketSnapshot(
        ticket.number(),
        ticket.status().name(),
        intake.channel(),
        intake.category(),
        intake.district(),
        intake.urgency().name(),
        department,
        intake.receivedAt(),
        dispatch == null ? null : dispatch.dispatchedAt(),
        dispatch == null ? null : dispatch.deadline(),
        milestones.overdue(),
        reply == null ? null : reply.repliedAt(),
        milestones.closedAt(),
        intake.topic(),
        milestones.firstDispatchedAt(),
        dispatch == null ? null : dispatch.signedAt(),
        dispatch == null || dispatch.signedAt() == null ? null : dispatch.signedOnTime(),
        nullIfEmpty(milestones.returnedAt()),
        nullIfEmpty(milestones.extendedAt()),
        reply == null ? null : reply.result().name(),
        reply == null || reply.department() == null ? null : reply.onTime(),
        nullIfEmpty(
            ticket.callbacks().stream()
                .map(c -> new TicketSnapshot.Callback(c.at(), c.rating().name(), c.solved()))
                .toList()),
        nullIfEmpty(milestones.reopenedAt()),
        milestones.referredAt(),
        mediationOutcome(ticket),
        milestones.duplicateOf(),
        milestones.supervised(),
        ticket.steps() == null ? null : ticket.steps().stream().map(TicketSnapshots::of).toList(),
        milestones.atRisk(),
        intake.place() == null ? null : intake.place().street());
  }

  static TicketSnapshot.Step of(TicketStep step) {
    return new TicketSnapshot.Step(
        step.type().name(),
        step.at(),
        step.department(),
        step.dispatchedAt(),
        step.onTime(),
        step.rating() == null ? null : step.rating().name(),
        step.solved(),
        step.outcome() == null ? null : step.outcome().name());
  }

  /**
   * The outcome of the latest referral mediation answered; a ticket answered by mediation before
   * the answers were kept on its milestones has it on its reply only.
   */
  private static String mediationOutcome(Ticket ticket) {
    MediationOutcome last = ticket.milestones().lastReferralOutcome();
    if (last != null) {
      return last.name();
    }
    return ticket.reply() == null ? null : ticket.reply().mediationOutcome();
  }

  private static <T> List<T> nullIfEmpty(List<T> list) {
    return list.isEmpty() ? null : list;
  }
}
