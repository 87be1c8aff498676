package io.civicline.hotline.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The actions a ticket's state allows at a time, whoever asks. */
final class AllowedActions {

  private AllowedActions() {}

  static Set<TicketAction> of(Ticket ticket, Instant now) {
    Set<TicketAction> allowed = EnumSet.noneOf(TicketAction.class);
    switch (ticket.status()) {
      case RECEIVED ->
          allowed.addAll(
              List.of(TicketAction.DISPATCH, TicketAction.REFER, TicketAction.MARK_DUPLICATE));
      case RESOLVED_ON_FIRST_CONTACT ->
          allowed.addAll(List.of(TicketAction.CALLBACK, TicketAction.CLOSE));
      case DISPATCHED -> {
        allowed.addAll(List.of(TicketAction.SIGN, TicketAction.REPLY));
        if (!now.isAfter(ticket.dispatch().returnDueAt())) {
          allowed.add(TicketAction.RETURN);
        }
      }
      case SIGNED -> {
        allowed.add(TicketAction.REPLY);
        allowed.add(
            ticket.dispatch().extensionRequest() == null
                ? TicketAction.REQUEST_EXTENSION
                : TicketAction.GRANT_EXTENSION);
        if (ticket.dispatch().extensionRequest() != null) {
          allowed.add(TicketAction.REFUSE_EXTENSION);
        }
      }
      case REPLIED -> allowed.add(TicketAction.CALLBACK);
      case CALLED_BACK -> {
        allowed.add(TicketAction.CLOSE);
        CallbackRating last = ticket.lastCallback().rating();
        if (last == CallbackRating.UNREACHABLE) {
          allowed.add(TicketAction.CALLBACK);
        }
        if (last.allowsReopening()) {
          allowed.add(TicketAction.REOPEN);
        }
      }
      default -> {
        // REFERRED waits for the mediation outcome; DUPLICATE and CLOSED are finished.
      }
    }
    if (ticket.status().isWithDepartment()) {
      allowed.add(TicketAction.URGE);
    }
    if (ticket.status().isOpen() && !ticket.milestones().supervised()) {
      allowed.add(TicketAction.SUPERVISE);
    }
    if (ticket.status().isOpen()) {
      allowed.add(TicketAction.SET_PLACE);
    }
    return allowed;
  }
}
