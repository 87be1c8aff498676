package io.civicline.hotline.domain;

import static io.civicline.hotline.domain.TicketStatus.CALLED_BACK;
import static io.civicline.hotline.domain.TicketStatus.REPLIED;
import static io.civicline.hotline.domain.TicketStatus.RESOLVED_ON_FIRST_CONTACT;

import io.civicline.events.TicketEventType;
import io.civicline.events.TicketStepType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * 回访 and what follows it: an agent calls the citizen back about the answer (again while they cannot
 * be reached); an unsatisfied citizen's ticket is reopened, an answered one closed.
 */
final class TicketCallbacks {

  private TicketCallbacks() {}

  static Ticket.Change callback(
      Ticket ticket, CallbackRating rating, Boolean solved, String note, String by, Instant now) {
    TicketStatus status = ticket.status();
    ticket.require(
        status == REPLIED
            || status == RESOLVED_ON_FIRST_CONTACT
            || (status == CALLED_BACK
                && ticket.lastCallback().rating() == CallbackRating.UNREACHABLE),
        "only an answered ticket (or one whose citizen was unreachable) can be called back");
    Callback callback = new Callback(now, rating, solved, note, by);
    List<Callback> more = new ArrayList<>(ticket.callbacks());
    more.add(callback);
    return ticket
        .take(TicketAction.CALLBACK, TicketEventType.CALLED_BACK, by, now)
        .to(CALLED_BACK)
        .callbacks(more)
        .note(note)
        .caused(TicketStep.calledBack(callback, ticket.reply()))
        .change();
  }

  static Ticket.Change reopen(Ticket ticket, String reason, String by, Instant now) {
    ticket.require(
        ticket.status() == CALLED_BACK && ticket.lastCallback().rating().allowsReopening(),
        "only a ticket whose citizen was unsatisfied at the callback can be reopened");
    String department = ticket.reply() == null ? null : ticket.reply().department();
    return ticket
        .take(TicketAction.REOPEN, TicketEventType.REOPENED, by, now)
        .to(TicketStatus.RECEIVED)
        .dispatch(null)
        .milestones(ticket.milestones().reopened(now))
        .note(reason)
        .caused(TicketStep.of(TicketStepType.REOPENED, now, department))
        .change();
  }

  static Ticket.Change close(Ticket ticket, String note, String by, Instant now) {
    ticket.require(
        ticket.status() == CALLED_BACK || ticket.status() == RESOLVED_ON_FIRST_CONTACT,
        "only a ticket that was called back or resolved on first contact can be closed");
    return ticket
        .take(TicketAction.CLOSE, TicketEventType.CLOSED, by, now)
        .to(TicketStatus.CLOSED)
        .milestones(ticket.milestones().closed(now))
        .note(note)
        .change();
  }
}
