package io.civicline.hotline.domain;

import static io.civicline.hotline.domain.TicketStatus.RECEIVED;

import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketReferral;
import io.civicline.kit.aggregate.TransitionRefusedException;
import io.civicline.kit.files.FileLimits;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A 12345 ticket: the aggregate and its state machine. Every action returns the new ticket with the
 * event it caused ({@link Change}), whose {@code caseVersion} is the ticket's version after the
 * change, a line in the audit trail and the {@link TicketStep steps} the figures count. An action
 * the current status does not allow throws {@link TransitionRefusedException} and changes nothing.
 *
 * <p>{@code steps} is null for a ticket stored before steps existed, and stays so: steps added
 * later would lack the facts before them, and the figures count such a ticket by the older rule.
 */
public record Ticket(
    String id,
    String number,
    long version,
    TicketStatus status,
    Intake intake,
    Dispatch dispatch,
    Reply reply,
    Milestones milestones,
    List<Callback> callbacks,
    List<HistoryEntry> history,
    List<TicketStep> steps,
    List<TicketFile> files) {

  /** Who changes a ticket when no person does. */
  public static final String SLA_WATCHER = "sla-watcher";

  public static final String MEDIATION = "mediation-service";

  public Ticket {
    callbacks = callbacks == null ? List.of() : List.copyOf(callbacks);
    history = history == null ? List.of() : List.copyOf(history);
    steps = steps == null ? null : List.copyOf(steps);
    files = files == null ? List.of() : List.copyOf(files);
  }

  /**
   * A ticket after a change and the events the change caused, to be saved in one write; {@code
   * referral} is set when the ticket was handed to mediation.
   */
  public record Change(Ticket ticket, List<TicketEvent> events, TicketReferral referral) {

    Change(Ticket ticket, TicketEvent event) {
      this(ticket, List.of(event), null);
    }
  }

  /** 受理: see {@link TicketReception}. */
  public static Change receive(String id, String number, ReceiveTicket command, Instant now) {
    return TicketReception.receive(id, number, command, now);
  }

  /** The actions the ticket's status allows at {@code now}, whoever asks. */
  public Set<TicketAction> allowedActions(Instant now) {
    return AllowedActions.of(this, now);
  }

  public Change dispatch(
      String department, Instant deadline, SlaPolicy sla, String by, String note, Instant now) {
    return DepartmentWork.dispatch(this, department, deadline, sla, by, note, now);
  }

  public Change sign(String by, Instant now) {
    return DepartmentWork.sign(this, by, now);
  }

  public Change returnToAgents(String reason, String by, Instant now) {
    return DepartmentWork.returnToAgents(this, reason, by, now);
  }

  public Change requestExtension(Instant newDeadline, String reason, String by, Instant now) {
    return TicketExtensions.request(this, newDeadline, reason, by, now);
  }

  public Change decideExtension(boolean grant, String note, String by, Instant now) {
    return TicketExtensions.decide(this, grant, note, by, now);
  }

  /** {@code publicReply}: the part of the answer the public may read, optional. */
  public Change reply(ReplyResult result, String note, String publicReply, String by, Instant now) {
    return DepartmentWork.reply(this, result, note, publicReply, by, now);
  }

  /** {@code solved}: whether the citizen says the problem is solved; null when unreachable. */
  public Change callback(
      CallbackRating rating, Boolean solved, String note, String by, Instant now) {
    return TicketCallbacks.callback(this, rating, solved, note, by, now);
  }

  public Change reopen(String reason, String by, Instant now) {
    return TicketCallbacks.reopen(this, reason, by, now);
  }

  public Change close(String note, String by, Instant now) {
    return TicketCallbacks.close(this, note, by, now);
  }

  public Change refer(String note, String by, Instant now) {
    return TicketReferrals.refer(this, note, by, now);
  }

  /** Whether mediation's answer from this case is already on the ticket (a redelivered event). */
  public boolean hasMediationOutcomeOf(String caseId) {
    return milestones.hasConclusionOf(caseId)
        || (reply != null && caseId.equals(reply.mediationCaseId()));
  }

  /** Mediation's answer to the referral: see {@link TicketReferrals#conclude}. */
  public Change recordMediationOutcome(String caseId, MediationOutcome outcome, Instant now) {
    return TicketReferrals.conclude(this, caseId, outcome, now);
  }

  public Change markDuplicateOf(Ticket original, String note, String by, Instant now) {
    require(status == RECEIVED, "only a ticket waiting in the agents' queue can be a duplicate");
    require(!original.id().equals(id), "a ticket cannot be a duplicate of itself");
    require(
        original.status() != TicketStatus.DUPLICATE,
        "the original is itself a duplicate: mark it against " + original.milestones.duplicateOf());
    return take(TicketAction.MARK_DUPLICATE, TicketEventType.MARKED_DUPLICATE, by, now)
        .to(TicketStatus.DUPLICATE)
        .dispatch(null)
        .milestones(milestones.duplicateOf(original.id(), now))
        .note(note == null ? original.number() : original.number() + ": " + note)
        .change();
  }

  public Change supervise(String note, String by, Instant now) {
    require(status.isOpen(), "a finished ticket cannot be supervised");
    require(!milestones.supervised(), "the ticket is already supervised");
    return take(TicketAction.SUPERVISE, TicketEventType.SUPERVISED, by, now)
        .milestones(milestones.underSupervision())
        .note(note)
        .change();
  }

  /** 催办: as often as needed, while a department holds the ticket. */
  public Change urge(String note, String by, Instant now) {
    return DepartmentWork.urge(this, note, by, now);
  }

  /**
   * Sets or corrects where the matter is while the ticket is open: the figures count the ticket for
   * its newest street. The audit trail records the street only.
   */
  public Change setPlace(Place place, String by, Instant now) {
    require(status.isOpen(), "a finished ticket keeps its place");
    return take(TicketAction.SET_PLACE, TicketEventType.PLACE_SET, by, now)
        .intake(intake.withPlace(place))
        .note(place.street())
        .change();
  }

  /**
   * Refuses ({@link TransitionRefusedException}) unless the ticket takes {@code count} more files:
   * while it is open, up to {@link FileLimits#MAX_PER_RECORD}.
   */
  public void requireRoomForFiles(int count) {
    TicketAttachments.requireRoom(this, count);
  }

  /**
   * Attaches a stored file (see {@link #requireRoomForFiles}); the audit trail records its type.
   */
  public Change attachFile(TicketFile file, Instant now) {
    return TicketAttachments.attach(this, file, now);
  }

  /** The deadline the SLA watcher watches: a department holds the ticket, not yet overdue. */
  public Optional<Instant> runningDeadline() {
    return status.isWithDepartment() && !milestones.overdue()
        ? Optional.of(dispatch.deadline())
        : Optional.empty();
  }

  /** Whether the SLA watcher should mark this ticket overdue at {@code now}. */
  public boolean isDueToBeMarkedOverdue(Instant now) {
    return runningDeadline().filter(deadline -> deadline.isBefore(now)).isPresent();
  }

  public Change markOverdue(Instant now) {
    require(isDueToBeMarkedOverdue(now), "the ticket is not past a running deadline");
    return take(TicketAction.MARK_OVERDUE, TicketEventType.MARKED_OVERDUE, SLA_WATCHER, now)
        .milestones(milestones.overdue(true))
        .change();
  }

  /** 预警, for the SLA watcher: see {@link AtRisk}. */
  public Change markAtRisk(Instant now) {
    require(AtRisk.isDue(this, now), "the ticket is not past 75 % of a running time");
    return take(TicketAction.MARK_AT_RISK, TicketEventType.MARKED_AT_RISK, SLA_WATCHER, now)
        .milestones(milestones.atRisk(true))
        .change();
  }

  Callback lastCallback() {
    return callbacks.get(callbacks.size() - 1);
  }

  void require(boolean allowed, String reason) {
    if (!allowed) {
      throw new TransitionRefusedException(this, reason);
    }
  }

  /** The start of one action's change to this ticket. */
  TicketTransition take(TicketAction action, TicketEventType type, String by, Instant at) {
    return new TicketTransition(this, action, type, by, at);
  }
}
