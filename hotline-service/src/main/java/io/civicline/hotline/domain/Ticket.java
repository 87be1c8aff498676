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
import io.civicline.events.TicketStepType;
import java.time.Instant;
import java.util.ArrayList;
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
    List<TicketStep> steps) {

  /** Who changes a ticket when no person does. */
  public static final String SLA_WATCHER = "sla-watcher";

  public static final String MEDIATION = "mediation-service";

  public Ticket {
    callbacks = callbacks == null ? List.of() : List.copyOf(callbacks);
    history = history == null ? List.of() : List.copyOf(history);
    steps = steps == null ? null : List.copyOf(steps);
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
            List.of(entry),
            command.answer() == null
                ? List.of()
                : List.of(TicketStep.of(TicketStepType.ANSWERED_AT_INTAKE, now, null)));
    return new Change(ticket, TicketSnapshots.event(ticket, TicketEventType.RECEIVED, now));
  }

  /** The actions the ticket's status allows at {@code now}, whoever asks. */
  public Set<TicketAction> allowedActions(Instant now) {
    return AllowedActions.of(this, now);
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
        note,
        TicketStep.of(TicketStepType.DISPATCHED, now, department));
  }

  public Change sign(String by, Instant now) {
    require(status == DISPATCHED, "only a dispatched ticket can be signed for");
    Dispatch signed = dispatch.signed(now, by);
    return become(
        SIGNED,
        signed,
        reply,
        milestones,
        callbacks,
        TicketAction.SIGN,
        TicketEventType.SIGNED,
        now,
        by,
        null,
        TicketStep.signed(signed));
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
        reason,
        TicketStep.of(TicketStepType.RETURNED, now, dispatch.department()));
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
        reason,
        TicketStep.of(TicketStepType.EXTENSION_REQUESTED, now, dispatch.department()));
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
    Dispatch extended = dispatch.withDeadline(newDeadline);
    return become(
        SIGNED,
        extended,
        reply,
        milestones
            .extended(now, milestones.overdue() && !newDeadline.isAfter(now))
            // Back under 75 % of the new time: no longer at risk.
            .atRisk(milestones.atRisk() && !AtRisk.from(extended).isAfter(now)),
        callbacks,
        TicketAction.GRANT_EXTENSION,
        TicketEventType.EXTENSION_GRANTED,
        now,
        by,
        note,
        TicketStep.of(TicketStepType.EXTENSION_GRANTED, now, dispatch.department()));
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
        note,
        TicketStep.replied(answer));
  }

  /** {@code solved}: whether the citizen says the problem is solved; null when unreachable. */
  public Change callback(
      CallbackRating rating, Boolean solved, String note, String by, Instant now) {
    require(
        status == REPLIED
            || status == RESOLVED_ON_FIRST_CONTACT
            || (status == CALLED_BACK && lastCallback().rating() == CallbackRating.UNREACHABLE),
        "only an answered ticket (or one whose citizen was unreachable) can be called back");
    Callback callback = new Callback(now, rating, solved, note, by);
    List<Callback> more = new ArrayList<>(callbacks);
    more.add(callback);
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
        note,
        TicketStep.calledBack(callback, reply));
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
        reason,
        TicketStep.of(TicketStepType.REOPENED, now, reply == null ? null : reply.department()));
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
            note,
            TicketStep.of(TicketStepType.REFERRED, now, null));
    return new Change(change.ticket(), change.events(), TicketReferrals.of(this, note, by, now));
  }

  /** Whether mediation's answer from this case is already on the ticket (a redelivered event). */
  public boolean hasMediationOutcomeOf(String caseId) {
    return milestones.hasConclusionOf(caseId)
        || (reply != null && caseId.equals(reply.mediationCaseId()));
  }

  /**
   * Mediation's answer to the referral: a mediated case (success or failure) answers the citizen
   * like a department's reply; otherwise the ticket goes back to the agents' queue.
   */
  public Change recordMediationOutcome(String caseId, MediationOutcome outcome, Instant now) {
    require(status == REFERRED, "only a referred ticket waits for a mediation outcome");
    ReferralConclusion conclusion = new ReferralConclusion(caseId, outcome, now);
    boolean answered = !outcome.returnsTicket();
    return become(
        answered ? REPLIED : RECEIVED,
        null,
        answered ? outcome.replyOf(caseId, now) : reply,
        milestones.referralConcluded(conclusion),
        callbacks,
        TicketAction.RECORD_MEDIATION_OUTCOME,
        answered ? TicketEventType.MEDIATION_OUTCOME_RECORDED : TicketEventType.REFERRAL_RETURNED,
        now,
        MEDIATION,
        outcome.reason(),
        TicketStep.concluded(conclusion));
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

  /** 催办: as often as needed, while a department holds the ticket. */
  public Change urge(String note, String by, Instant now) {
    require(status.isWithDepartment(), "only a ticket a department holds can be urged");
    return become(
        status,
        dispatch,
        reply,
        milestones.urged(now),
        callbacks,
        TicketAction.URGE,
        TicketEventType.URGED,
        now,
        by,
        note,
        TicketStep.of(TicketStepType.URGED, now, dispatch.department()));
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

  /** 预警, for the SLA watcher: see {@link AtRisk}. */
  public Change markAtRisk(Instant now) {
    require(AtRisk.isDue(this, now), "the ticket is not past 75 % of a running time");
    return become(
        status,
        dispatch,
        reply,
        milestones.atRisk(true),
        callbacks,
        TicketAction.MARK_AT_RISK,
        TicketEventType.MARKED_AT_RISK,
        now,
        SLA_WATCHER,
        null);
  }

  Callback lastCallback() {
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
      String note,
      TicketStep... caused) {
    List<HistoryEntry> longer = new ArrayList<>(history);
    longer.add(new HistoryEntry(at, by, action, status, to, note));
    List<TicketStep> moreSteps = steps == null ? null : new ArrayList<>(steps);
    if (moreSteps != null) {
      moreSteps.addAll(List.of(caused));
    }
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
            longer,
            moreSteps);
    return new Change(next, TicketSnapshots.event(next, type, at));
  }
}
