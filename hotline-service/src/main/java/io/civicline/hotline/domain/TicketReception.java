package io.civicline.hotline.domain;

import static io.civicline.hotline.domain.TicketStatus.RECEIVED;
import static io.civicline.hotline.domain.TicketStatus.RESOLVED_ON_FIRST_CONTACT;

import io.civicline.events.TicketEventType;
import io.civicline.events.TicketStepType;
import java.time.Instant;
import java.util.List;

/**
 * How a ticket comes into being (受理): it waits in the agents' queue, or, when the agent answered at
 * once (即办), it is resolved on first contact. A caller who gave no name is anonymous, and a ticket
 * without an urgency is normal.
 */
final class TicketReception {

  private TicketReception() {}

  static Ticket.Change receive(String id, String number, ReceiveTicket command, Instant now) {
    Intake intake =
        new Intake(
            command.channel(),
            command.category(),
            command.topic(),
            command.district(),
            command.urgency() == null ? Urgency.NORMAL : command.urgency(),
            command.caller() == null ? Caller.anonymousCaller() : command.caller(),
            command.description(),
            command.answer(),
            now,
            command.agent(),
            command.place());
    TicketStatus status = command.answer() == null ? RECEIVED : RESOLVED_ON_FIRST_CONTACT;
    HistoryEntry entry =
        new HistoryEntry(now, command.agent(), TicketAction.RECEIVE, null, status, null, null);
    Ticket ticket =
        new Ticket(
            id,
            number,
            1,
            status,
            intake,
            null,
            null,
            Milestones.none(),
            List.of(),
            List.of(entry),
            command.answer() == null
                ? List.of()
                : List.of(TicketStep.of(TicketStepType.ANSWERED_AT_INTAKE, now, null)),
            List.of());
    return new Ticket.Change(ticket, TicketSnapshots.event(ticket, TicketEventType.RECEIVED, now));
  }
}
