package io.civicline.hotline.domain;

import io.civicline.events.TicketEventType;
import io.civicline.events.TicketStepType;
import java.time.Instant;

/**
 * 延期: the department that signed for a ticket asks for a later deadline; an agent grants it (the
 * ticket may then be neither overdue nor at risk any more) or refuses it.
 */
final class TicketExtensions {

  private TicketExtensions() {}

  static Ticket.Change request(
      Ticket ticket, Instant newDeadline, String reason, String by, Instant now) {
    Dispatch dispatch = ticket.dispatch();
    ticket.require(
        ticket.status() == TicketStatus.SIGNED,
        "only a ticket the department has signed for can be extended");
    ticket.require(dispatch.extensionRequest() == null, "an extension request is already pending");
    ticket.require(newDeadline.isAfter(dispatch.deadline()), "the new deadline must be later");
    Dispatch.ExtensionRequest request = new Dispatch.ExtensionRequest(newDeadline, reason, now, by);
    return ticket
        .take(TicketAction.REQUEST_EXTENSION, TicketEventType.EXTENSION_REQUESTED, by, now)
        .dispatch(dispatch.withExtensionRequest(request))
        .note(reason)
        .caused(TicketStep.of(TicketStepType.EXTENSION_REQUESTED, now, dispatch.department()))
        .change();
  }

  static Ticket.Change decide(Ticket ticket, boolean grant, String note, String by, Instant now) {
    Dispatch dispatch = ticket.dispatch();
    ticket.require(
        ticket.status() == TicketStatus.SIGNED && dispatch.extensionRequest() != null,
        "there is no extension request to decide");
    if (!grant) {
      return ticket
          .take(TicketAction.REFUSE_EXTENSION, TicketEventType.EXTENSION_REFUSED, by, now)
          .dispatch(dispatch.withExtensionRequest(null))
          .note(note)
          .change();
    }
    Instant newDeadline = dispatch.extensionRequest().requestedDeadline();
    Dispatch extended = dispatch.withDeadline(newDeadline);
    Milestones milestones = ticket.milestones();
    return ticket
        .take(TicketAction.GRANT_EXTENSION, TicketEventType.EXTENSION_GRANTED, by, now)
        .dispatch(extended)
        .milestones(
            milestones
                .extended(now, milestones.overdue() && !newDeadline.isAfter(now))
                // Back under 75 % of the new time: no longer at risk.
                .atRisk(milestones.atRisk() && !AtRisk.from(extended).isAfter(now)))
        .note(note)
        .caused(TicketStep.of(TicketStepType.EXTENSION_GRANTED, now, dispatch.department()))
        .change();
  }
}
