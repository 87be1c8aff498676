package io.civicline.hotline.domain;

import static io.civicline.hotline.domain.TicketStatus.DISPATCHED;
import static io.civicline.hotline.domain.TicketStatus.RECEIVED;
import static io.civicline.hotline.domain.TicketStatus.REPLIED;
import static io.civicline.hotline.domain.TicketStatus.SIGNED;

import io.civicline.events.TicketEventType;
import io.civicline.events.TicketStepType;
import java.time.Instant;

/**
 * 交办 to 办结: a ticket with a department. An agent dispatches it with a deadline (the SLA's unless
 * given); the department signs for it or returns it within its window, and answers it; an agent may
 * urge it meanwhile.
 */
final class DepartmentWork {

  private DepartmentWork() {}

  static Ticket.Change dispatch(
      Ticket ticket,
      String department,
      Instant deadline,
      SlaPolicy sla,
      String by,
      String note,
      Instant now) {
    ticket.require(
        ticket.status() == RECEIVED,
        "only a ticket waiting in the agents' queue can be dispatched");
    Instant due = deadline != null ? deadline : sla.defaultDeadline(now, ticket.intake().urgency());
    ticket.require(due.isAfter(now), "the deadline must lie in the future");
    Dispatch next =
        new Dispatch(
            department,
            now,
            by,
            due,
            now.plus(sla.signWindow()),
            now.plus(sla.returnWindow()),
            null,
            null,
            null);
    return ticket
        .take(TicketAction.DISPATCH, TicketEventType.DISPATCHED, by, now)
        .to(DISPATCHED)
        .dispatch(next)
        .milestones(ticket.milestones().dispatched(now))
        .note(note)
        .caused(TicketStep.of(TicketStepType.DISPATCHED, now, department))
        .change();
  }

  static Ticket.Change sign(Ticket ticket, String by, Instant now) {
    ticket.require(ticket.status() == DISPATCHED, "only a dispatched ticket can be signed for");
    Dispatch signed = ticket.dispatch().signed(now, by);
    return ticket
        .take(TicketAction.SIGN, TicketEventType.SIGNED, by, now)
        .to(SIGNED)
        .dispatch(signed)
        .caused(TicketStep.signed(signed))
        .change();
  }

  static Ticket.Change returnToAgents(Ticket ticket, String reason, String by, Instant now) {
    ticket.require(
        ticket.status() == DISPATCHED,
        "only a dispatched ticket that is not signed for can be returned");
    ticket.require(
        !now.isAfter(ticket.dispatch().returnDueAt()),
        "the window to return this ticket closed at " + ticket.dispatch().returnDueAt());
    return ticket
        .take(TicketAction.RETURN, TicketEventType.RETURNED, by, now)
        .to(RECEIVED)
        .dispatch(null)
        .milestones(ticket.milestones().returned(now))
        .note(reason)
        .caused(TicketStep.of(TicketStepType.RETURNED, now, ticket.dispatch().department()))
        .change();
  }

  static Ticket.Change reply(
      Ticket ticket, ReplyResult result, String note, String publicReply, String by, Instant now) {
    ticket.require(
        ticket.status().isWithDepartment(), "only a ticket a department holds can be answered");
    Reply answer =
        new Reply(
            result,
            note,
            ticket.dispatch().department(),
            now,
            by,
            !now.isAfter(ticket.dispatch().deadline()),
            null,
            null,
            publicReply);
    return ticket
        .take(TicketAction.REPLY, TicketEventType.REPLIED, by, now)
        .to(REPLIED)
        .reply(answer)
        .milestones(ticket.milestones().overdue(false))
        .note(note)
        .publicReply(publicReply)
        .caused(TicketStep.replied(answer))
        .change();
  }

  /** 催办: as often as needed, while a department holds the ticket. */
  static Ticket.Change urge(Ticket ticket, String note, String by, Instant now) {
    ticket.require(
        ticket.status().isWithDepartment(), "only a ticket a department holds can be urged");
    return ticket
        .take(TicketAction.URGE, TicketEventType.URGED, by, now)
        .milestones(ticket.milestones().urged(now))
        .note(note)
        .caused(TicketStep.of(TicketStepType.URGED, now, ticket.dispatch().department()))
        .change();
  }
}
