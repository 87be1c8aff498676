package io.civicline.hotline.domain;

import io.civicline.events.TicketEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One action's effect on a ticket, built from the ticket as it is: the parts the action changes
 * (everything else stays), then the change with its line in the audit trail, its event and the
 * {@link TicketStep steps} it caused, one version later.
 */
final class TicketTransition {

  private final Ticket from;
  private final TicketAction action;
  private final TicketEventType type;
  private final String by;
  private final Instant at;
  private TicketStatus status;
  private Intake intake;
  private Dispatch dispatch;
  private Reply reply;
  private Milestones milestones;
  private List<Callback> callbacks;
  private List<TicketFile> files;
  private String note;
  private String publicReply;
  private final List<TicketStep> caused = new ArrayList<>();

  TicketTransition(Ticket from, TicketAction action, TicketEventType type, String by, Instant at) {
    this.from = from;
    this.action = action;
    this.type = type;
    this.by = by;
    this.at = at;
    this.status = from.status();
    this.intake = from.intake();
    this.dispatch = from.dispatch();
    this.reply = from.reply();
    this.milestones = from.milestones();
    this.callbacks = from.callbacks();
    this.files = from.files();
  }

  TicketTransition to(TicketStatus next) {
    this.status = next;
    return this;
  }

  TicketTransition intake(Intake next) {
    this.intake = next;
    return this;
  }

  TicketTransition dispatch(Dispatch next) {
    this.dispatch = next;
    return this;
  }

  TicketTransition reply(Reply next) {
    this.reply = next;
    return this;
  }

  TicketTransition milestones(Milestones next) {
    this.milestones = next;
    return this;
  }

  TicketTransition callbacks(List<Callback> next) {
    this.callbacks = next;
    return this;
  }

  TicketTransition files(List<TicketFile> next) {
    this.files = next;
    return this;
  }

  /** The note of the audit trail's line. */
  TicketTransition note(String text) {
    this.note = text;
    return this;
  }

  /** The public part of a reply, for the audit trail's line (see {@link HistoryEntry}). */
  TicketTransition publicReply(String text) {
    this.publicReply = text;
    return this;
  }

  TicketTransition caused(TicketStep step) {
    caused.add(step);
    return this;
  }

  Ticket.Change change() {
    List<HistoryEntry> history = new ArrayList<>(from.history());
    history.add(new HistoryEntry(at, by, action, from.status(), status, note, publicReply));
    // A ticket stored before steps existed keeps none (see Ticket).
    List<TicketStep> steps = from.steps() == null ? null : new ArrayList<>(from.steps());
    if (steps != null) {
      steps.addAll(caused);
    }
    Ticket next =
        new Ticket(
            from.id(),
            from.number(),
            from.version() + 1,
            status,
            intake,
            dispatch,
            reply,
            milestones,
            callbacks,
            history,
            steps,
            files);
    return new Ticket.Change(next, TicketSnapshots.event(next, type, at));
  }
}
