package io.civicline.mediation.domain;

import static io.civicline.mediation.domain.CaseStatus.MEDIATING;
import static io.civicline.mediation.domain.CaseStatus.REGISTERED;

import io.civicline.events.MediationCaseEvent;
import io.civicline.kit.aggregate.TransitionRefusedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A people's mediation case: the aggregate and its state machine. Every action returns the new case
 * with the one event it caused ({@link Change}), whose {@code caseVersion} is the case's version
 * after the change, and a line in the audit trail ({@link CaseChanges}). An action the case's state
 * does not allow throws {@link TransitionRefusedException} and changes nothing. A case begins with
 * {@link CaseRegistration}; its closing and what may follow it are {@link CaseClosing}'s rules.
 */
public record MediationCase(
    String id,
    String number,
    long version,
    CaseStatus status,
    Intake intake,
    Assignment assignment,
    List<Session> sessions,
    TimeLimit timeLimit,
    Decline decline,
    Closing closing,
    Instant reopenedAt,
    List<HistoryEntry> history) {

  /** Who changes a case when no person does. */
  public static final String OVERDUE_WATCHER = "overdue-watcher";

  public static final String HOTLINE_REFERRAL = "12345-referral";

  public MediationCase {
    sessions = sessions == null ? List.of() : List.copyOf(sessions);
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** A case after a change and the event the change caused, to be saved in one write. */
  public record Change(MediationCase mediationCase, MediationCaseEvent event) {}

  /** The actions the case's state allows at {@code now}, whoever asks. */
  public Set<CaseAction> allowedActions(CaseRules rules, Instant now) {
    return AllowedActions.of(this, rules, now);
  }

  public Change decline(DeclineReason reason, String note, String by, Instant now) {
    require(status == REGISTERED, "only a case not yet given to a mediator can be declined");
    Decline declined = new Decline(reason, note, now, by);
    return become(
        with(CaseStatus.DECLINED, assignment, sessions, timeLimit.stopped(), declined),
        CaseAction.DECLINE,
        now,
        by,
        note);
  }

  public Change assign(
      String mediator, String body, boolean linkageBody, String by, String note, Instant now) {
    require(status == REGISTERED, "only a registered case can be given to a first mediator");
    return handOver(new Assignment(mediator, body, linkageBody, now, by), CaseAction.ASSIGN, note);
  }

  public Change reassign(
      String mediator, String body, boolean linkageBody, String by, String note, Instant now) {
    require(status == MEDIATING, "only a case under mediation can be reassigned");
    require(
        !mediator.equals(assignment.mediator()) || !body.equals(assignment.body()),
        "the case is already with this mediator and body");
    return handOver(
        new Assignment(mediator, body, linkageBody, now, by), CaseAction.REASSIGN, note);
  }

  /** The case under mediation with the new assignment, the trail saying from whom to whom. */
  private Change handOver(Assignment to, CaseAction action, String note) {
    return CaseChanges.next(
        this,
        with(MEDIATING, to, sessions, timeLimit),
        action,
        to.assignedAt(),
        to.assignedBy(),
        note,
        HistoryEntry.Handover.between(assignment, to));
  }

  public Change holdSession(
      LocalDate date,
      List<String> participants,
      String notes,
      String by,
      CaseRules rules,
      Instant now) {
    require(status == MEDIATING, "sessions are held on a case under mediation");
    LocalDate registered = LocalDate.ofInstant(intake.registeredAt(), rules.zone());
    require(!date.isBefore(registered), "the session cannot predate the registration");
    require(!date.isAfter(LocalDate.ofInstant(now, rules.zone())), "the session date lies ahead");
    List<Session> more = new ArrayList<>(sessions);
    more.add(new Session(date, participants, notes, now, by));
    return become(
        with(MEDIATING, assignment, more, timeLimit), CaseAction.HOLD_SESSION, now, by, null);
  }

  /** Extends the time limit; both parties must have consented. */
  public Change extend(
      Instant newDeadline, boolean bothPartiesConsent, String reason, String by, Instant now) {
    require(status.isOpen(), "only an open case has a time limit to extend");
    require(bothPartiesConsent, "an extension needs both parties' consent");
    require(
        newDeadline.isAfter(timeLimit.deadline()) && newDeadline.isAfter(now),
        "the new deadline must be later than " + timeLimit.deadline() + " and in the future");
    TimeLimit extended =
        timeLimit.extended(new TimeLimit.Extension(now, newDeadline, by, reason), now);
    return become(with(status, assignment, sessions, extended), CaseAction.EXTEND, now, by, reason);
  }

  /** Whether the overdue watcher should mark this case at {@code now}. */
  public boolean isDueToBeMarkedOverdue(Instant now) {
    return status.isOpen() && !timeLimit.overdue() && timeLimit.deadline().isBefore(now);
  }

  public Change markOverdue(Instant now) {
    require(isDueToBeMarkedOverdue(now), "the case is not past a running time limit");
    return become(
        with(status, assignment, sessions, timeLimit.markedOverdue()),
        CaseAction.MARK_OVERDUE,
        now,
        OVERDUE_WATCHER,
        null);
  }

  public Change close(CloseCase command, String by, Instant now) {
    return CaseClosing.close(this, command, by, now);
  }

  /** 履行回访: records once how the parties of a successful case keep their agreement. */
  public Change followUp(Performance performance, String note, String by, Instant now) {
    return CaseClosing.followUp(this, performance, note, by, now);
  }

  /**
   * 司法确认: records once that a court confirmed a written agreement, on the parties' application
   * within {@link Agreement#JUDICIAL_CONFIRMATION_WINDOW} of it.
   */
  public Change confirmJudicially(
      String court, Instant appliedAt, Instant confirmedAt, String by, Instant now) {
    return CaseClosing.confirmJudicially(this, court, appliedAt, confirmedAt, by, now);
  }

  /** Takes a failed case up again, once, within the rules' window; a new time limit runs. */
  public Change reopen(String reason, String by, CaseRules rules, Instant now) {
    return CaseClosing.reopen(this, reason, by, rules, now);
  }

  void require(boolean allowed, String reason) {
    if (!allowed) {
      throw new TransitionRefusedException(this, reason);
    }
  }

  /** The case in another state, with this one's decline, closing, reopening and history. */
  private MediationCase with(
      CaseStatus to, Assignment newAssignment, List<Session> newSessions, TimeLimit newTimeLimit) {
    return with(to, newAssignment, newSessions, newTimeLimit, decline);
  }

  private MediationCase with(
      CaseStatus to,
      Assignment newAssignment,
      List<Session> newSessions,
      TimeLimit newTimeLimit,
      Decline newDecline) {
    return new MediationCase(
        id,
        number,
        version,
        to,
        intake,
        newAssignment,
        newSessions,
        newTimeLimit,
        newDecline,
        closing,
        reopenedAt,
        history);
  }

  /** The next version of the case: {@code changed}'s state, one more history line, one event. */
  Change become(MediationCase changed, CaseAction action, Instant at, String by, String note) {
    return CaseChanges.next(this, changed, action, at, by, note, null);
  }
}
