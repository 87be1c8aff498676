package io.civicline.hotline.domain;

import io.civicline.events.TicketSnapshot;
import java.util.List;

/** The state the figures need, taken from a ticket: codes and timestamps only, no personal data. */
final class TicketSnapshots {

  private TicketSnapshots() {}

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
                .map(c -> new TicketSnapshot.Callback(c.at(), c.rating().name()))
                .toList()),
        nullIfEmpty(milestones.reopenedAt()),
        milestones.referredAt(),
        reply == null ? null : reply.mediationOutcome(),
        milestones.duplicateOf(),
        milestones.supervised(),
        null);
  }

  private static <T> List<T> nullIfEmpty(List<T> list) {
    return list.isEmpty() ? null : list;
  }
}
