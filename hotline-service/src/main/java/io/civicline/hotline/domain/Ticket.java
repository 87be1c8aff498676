package io.civicline.hotline.domain;

import static io.civicline.hotline.domain.TicketStatus.CALLED_BACK;
import static io.civicline.hotline.domain.TicketStatus.DISPATCHED;
import static io.civicline.hotline.domain.TicketStatus.RECEIVED;
import static io.civicline.hotline.domain.TicketStatus.REFERRED;
import static io.civicline.hotline.domain.TicketStatus.REPLIED;
import static io.civicline.hotline.domain.TicketStatus.RESOLVED_ON_FIRST_CONTACT;
import static io.civicline.hotline.domain.TicketStatus.SIGNED;

import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketReferral;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A 12345 ticket: the aggregate and its state machine. Every action returns the new ticket with the
 * event it caused ({@link Change}), whose {@code caseVersion} is the ticket's version after the
 * change, and a line in the audit trail. An action the current status does not allow throws {@link
 * TransitionRefusedException} and changes nothing.
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
    List<HistoryEntry> history) {

  /** Who changes a ticket when no person does. */
  public static final String SLA_WATCHER = "sla-watcher";

  public static final String MEDIATION = "mediation-service";

  public Ticket {
    callbacks = callbacks == null ? List.of() : List.copyOf(callbacks);
    history = history == null ? List.of() : List.copyOf(history);
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

  public static Change receive(String id, String number, ReceiveTicket command, Instant now) {
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
            command.agent());
    TicketStatus status = command.answer() == null ? RECEIVED : RESOLVED_ON_FIRST_CONTACT;
    HistoryEntry entry =
        new HistoryEntry(now, command.agent(), TicketAction.RECEIVE, null, status, null);
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
            List.of(entry));
    return new Change(ticket, ticket.event(TicketEventType.RECEIVED, now));
  }

  /** The actions the ticket's status allows at {@code now}, whoever asks. */
  public Set<TicketAction> allowedActions(Instant now) {
    Set<TicketAction> allowed = EnumSet.noneOf(TicketAction.class);
    switch (status) {
      case RECEIVED ->
          allowed.addAll(
              List.of(TicketAction.DISPATCH, TicketAction.REFER, TicketAction.MARK_DUPLICATE));
      case RESOLVED_ON_FIRST_CONTACT ->
          allowed.addAll(List.of(TicketAction.CALLBACK, TicketAction.CLOSE));
      case DISPATCHED -> {
        allowed.addAll(List.of(TicketAction.SIGN, TicketAction.REPLY));
        if (!now.isAfter(dispatch.returnDueAt())) {
          allowed.add(TicketAction.RETURN);
        }
      }
      case SIGNED -> {
        allowed.add(TicketAction.REPLY);
        allowed.add(
            dispatch.extensionRequest() == null
                ? TicketAction.REQUEST_EXTENSION
                : TicketAction.GRANT_EXTENSION);
        if (dispatch.extensionRequest() != null) {
          allowed.add(TicketAction.REFUSE_EXTENSION);
        }
      }
      case REPLIED -> allowed.add(TicketAction.CALLBACK);
      case CALLED_BACK -> {
        allowed.add(TicketAction.CLOSE);
        CallbackRating last = lastCallback().rating();
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
    if (status.isOpen() && !milestones.supervised()) {
      allowed.add(TicketAction.SUPERVISE);
    }
    return allowed;
  }

  public Change dispatch(
      String department, Instant deadline, SlaPolicy sla, String by, String note, Instant now) {
    require(status == RECEIVED, "only a ticket waiting in the agents' queue can be dispatched");
    Instant due = deadline != null ? deadline : sla.defaultDeadline(now, intake.urgency());
    require(due.isAfter(now), "the deadline must lie in the future");
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
    return become(
        DISPATCHED,
        next,
        reply,
        milestones.dispatched(now),
        callbacks,
        TicketAction.DISPATCH,
        TicketEventType.DISPATCHED,
        now,
        by,
        note);
  }

  public Change sign(String by, Instant now) {
    require(status == DISPATCHED, "only a dispatched ticket can be signed for");
    return become(
        SIGNED,
        dispatch.signed(now, by),
        reply,
        milestones,
        callbacks,
        TicketAction.SIGN,
        TicketEventType.SIGNED,
        now,
        by,
        null);
  }

  public Change returnToAgents(String reason, String by, Instant now) {
    require(
        status == DISPATCHED, "only a dispatched ticket that is not signed for can be returned");
    require(
        !now.isAfter(dispatch.returnDueAt()),
        "the window to return this ticket closed at " + dispatch.returnDueAt());
    return become(
        RECEIVED,
        null,
        reply,
        milestones.returned(now),
        callbacks,
        TicketAction.RETURN,
        TicketEventType.RETURNED,
        now,
        by,
        reason);
  }

  public Change requestExtension(Instant newDeadline, String reason, String by, Instant now) {
    require(status == SIGNED, "only a ticket the department has signed for can be extended");
    require(dispatch.extensionRequest() == null, "an extension request is already pending");
    require(newDeadline.isAfter(dispatch.deadline()), "the new deadline must be later");
    Dispatch.ExtensionRequest request = new Dispatch.ExtensionRequest(newDeadline, reason, now, by);
    return become(
        SIGNED,
        dispatch.withExtensionRequest(request),
        reply,
        milestones,
        callbacks,
        TicketAction.REQUEST_EXTENSION,
        TicketEventType.EXTENSION_REQUESTED,
        now,
        by,
        reason);
  }

  public Change decideExtension(boolean grant, String note, String by, Instant now) {
    require(
        status == SIGNED && dispatch.extensionRequest() != null,
        "there is no extension request to decide");
    if (!grant) {
      return become(
          SIGNED,
          dispatch.withExtensionRequest(null),
          reply,
          milestones,
          callbacks,
          TicketAction.REFUSE_EXTENSION,
          TicketEventType.EXTENSION_REFUSED,
          now,
          by,
          note);
    }
    Instant newDeadline = dispatch.extensionRequest().requestedDeadline();
    return become(
        SIGNED,
        dispatch.withDeadline(newDeadline),
        reply,
        milestones.extended(now, milestones.overdue() && !newDeadline.isAfter(now)),
        callbacks,
        TicketAction.GRANT_EXTENSION,
        TicketEventType.EXTENSION_GRANTED,
        now,
        by,
        note);
  }

  public Change reply(ReplyResult result, String note, String by, Instant now) {
    require(status.isWithDepartment(), "only a ticket a department holds can be answered");
    Reply answer =
        new Reply(
            result,
            note,
            dispatch.department(),
            now,
            by,
            !now.isAfter(dispatch.deadline()),
            null,
            null);
    return become(
        REPLIED,
        dispatch,
        answer,
        milestones.overdue(false),
        callbacks,
        TicketAction.REPLY,
        TicketEventType.REPLIED,
        now,
        by,
        note);
  }

  public Change callback(CallbackRating rating, String note, String by, Instant now) {
    require(
        status == REPLIED
            || status == RESOLVED_ON_FIRST_CONTACT
            || (status == CALLED_BACK && lastCallback().rating() == CallbackRating.UNREACHABLE),
        "only an answered ticket (or one whose citizen was unreachable) can be called back");
    List<Callback> more = new ArrayList<>(callbacks);
    more.add(new Callback(now, rating, note, by));
    return become(
        CALLED_BACK,
        dispatch,
        reply,
        milestones,
        more,
        TicketAction.CALLBACK,
        TicketEventType.CALLED_BACK,
        now,
        by,
        note);
  }

  public Change reopen(String reason, String by, Instant now) {
    require(
        status == CALLED_BACK && lastCallback().rating().allowsReopening(),
        "only a ticket whose citizen was unsatisfied at the callback can be reopened");
    return become(
        RECEIVED,
        null,
        reply,
        milestones.reopened(now),
        callbacks,
        TicketAction.REOPEN,
        TicketEventType.REOPENED,
        now,
        by,
        reason);
  }

  public Change close(String note, String by, Instant now) {
    require(
        status == CALLED_BACK || status == RESOLVED_ON_FIRST_CONTACT,
        "only a ticket that was called back or resolved on first contact can be closed");
    return become(
        TicketStatus.CLOSED,
        dispatch,
        reply,
        milestones.closed(now),
        callbacks,
        TicketAction.CLOSE,
        TicketEventType.CLOSED,
        now,
        by,
        note);
  }

  public Change refer(String note, String by, Instant now) {
    require(status == RECEIVED, "only a ticket waiting in the agents' queue can be referred");
    Change change =
        become(
            REFERRED,
            null,
            reply,
            milestones.referred(now),
            callbacks,
            TicketAction.REFER,
            TicketEventType.REFERRED,
            now,
            by,
            note);
    TicketReferral referral =
        new TicketReferral(
            TicketReferral.TYPE,
            UUID.randomUUID().toString(),
            id,
            number,
            now,
            by,
            intake.district(),
            intake.category(),
            intake.topic(),
            new TicketReferral.Contact(
                intake.caller().name(), intake.caller().phone(), intake.caller().anonymous()),
            intake.description(),
            note);
    return new Change(change.ticket(), change.events(), referral);
  }

  /** Whether this mediation case's outcome is already on the ticket (a redelivered event). */
  public boolean hasMediationOutcomeOf(String caseId) {
    return reply != null && caseId.equals(reply.mediationCaseId());
  }

  public Change recordMediationOutcome(String caseId, String outcome, Instant now) {
    require(status == REFERRED, "only a referred ticket waits for a mediation outcome");
    ReplyResult result =
        "SUCCESS".equals(outcome) ? ReplyResult.RESOLVED : ReplyResult.NOT_RESOLVABLE;
    Reply answer = new Reply(result, null, null, now, MEDIATION, true, caseId, outcome);
    return become(
        REPLIED,
        null,
        answer,
        milestones,
        callbacks,
        TicketAction.RECORD_MEDIATION_OUTCOME,
        TicketEventType.MEDIATION_OUTCOME_RECORDED,
        now,
        MEDIATION,
        outcome);
  }

  public Change markDuplicateOf(Ticket original, String note, String by, Instant now) {
    require(status == RECEIVED, "only a ticket waiting in the agents' queue can be a duplicate");
    require(!original.id().equals(id), "a ticket cannot be a duplicate of itself");
    require(
        original.status() != TicketStatus.DUPLICATE,
        "the original is itself a duplicate: mark it against " + original.milestones.duplicateOf());
    return become(
        TicketStatus.DUPLICATE,
        null,
        reply,
        milestones.duplicateOf(original.id(), now),
        callbacks,
        TicketAction.MARK_DUPLICATE,
        TicketEventType.MARKED_DUPLICATE,
        now,
        by,
        note == null ? original.number() : original.number() + ": " + note);
  }

  public Change supervise(String note, String by, Instant now) {
    require(status.isOpen(), "a finished ticket cannot be supervised");
    require(!milestones.supervised(), "the ticket is already supervised");
    return become(
        status,
        dispatch,
        reply,
        milestones.underSupervision(),
        callbacks,
        TicketAction.SUPERVISE,
        TicketEventType.SUPERVISED,
        now,
        by,
        note);
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
    return become(
        status,
        dispatch,
        reply,
        milestones.overdue(true),
        callbacks,
        TicketAction.MARK_OVERDUE,
        TicketEventType.MARKED_OVERDUE,
        now,
        SLA_WATCHER,
        null);
  }

  private Callback lastCallback() {
    return callbacks.get(callbacks.size() - 1);
  }

  private void require(boolean allowed, String reason) {
    if (!allowed) {
      throw new TransitionRefusedException(this, reason);
    }
  }

  private Change become(
      TicketStatus to,
      Dispatch newDispatch,
      Reply newReply,
      Milestones newMilestones,
      List<Callback> newCallbacks,
      TicketAction action,
      TicketEventType type,
      Instant at,
      String by,
      String note) {
    List<HistoryEntry> longer = new ArrayList<>(history);
    longer.add(new HistoryEntry(at, by, action, status, to, note));
    Ticket next =
        new Ticket(
            id,
            number,
            version + 1,
            to,
            intake,
            newDispatch,
            newReply,
            newMilestones,
            newCallbacks,
            longer);
    return new Change(next, next.event(type, at));
  }

  private TicketEvent event(TicketEventType type, Instant at) {
    return new TicketEvent(
        type.cloudEventType(),
        UUID.randomUUID().toString(),
        id,
        version,
        at,
        TicketSnapshots.of(this));
  }
}
