package io.civicline.mediation.domain;

import static io.civicline.mediation.domain.CaseStatus.CLOSED;
import static io.civicline.mediation.domain.CaseStatus.DECLINED;
import static io.civicline.mediation.domain.CaseStatus.MEDIATING;
import static io.civicline.mediation.domain.CaseStatus.REGISTERED;

import io.civicline.events.MediationCaseEvent;
import io.civicline.events.MediationCaseEventType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A people's mediation case: the aggregate and its state machine. Every action returns the new case
 * with the one event it caused ({@link Change}), whose {@code caseVersion} is the case's version
 * after the change, and a line in the audit trail. An action the case's state does not allow throws
 * {@link TransitionRefusedException} and changes nothing.
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

  /** Parties apply for judicial confirmation within 30 days of the agreement taking effect. */
  public static final Duration JUDICIAL_CONFIRMATION_WINDOW = Duration.ofDays(30);

  /** Who changes a case when no person does. */
  public static final String OVERDUE_WATCHER = "overdue-watcher";

  public static final String HOTLINE_REFERRAL = "12345-referral";

  public MediationCase {
    sessions = sessions == null ? List.of() : List.copyOf(sessions);
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** A case after a change and the event the change caused, to be saved in one write. */
  public record Change(MediationCase mediationCase, MediationCaseEvent event) {}

  /** 受理: the case is taken on and its time limit starts. */
  public static Change register(
      String id, String number, RegisterCase command, CaseRules rules, Instant now) {
    return first(
        id,
        number,
        command,
        REGISTERED,
        TimeLimit.until(rules.deadlineFrom(now)),
        null,
        MediationCaseEventType.REGISTERED,
        now);
  }

  /** 不予受理 at intake: the dispute is recorded, declined at once, and no time limit runs. */
  public static Change registerDeclined(
      String id,
      String number,
      RegisterCase command,
      DeclineReason reason,
      String note,
      Instant now) {
    return first(
        id,
        number,
        command,
        DECLINED,
        new TimeLimit(null, false, List.of()),
        new Decline(reason, note, now, command.registeredBy()),
        MediationCaseEventType.DECLINED,
        now);
  }

  private static Change first(
      String id,
      String number,
      RegisterCase command,
      CaseStatus status,
      TimeLimit timeLimit,
      Decline decline,
      MediationCaseEventType type,
      Instant now) {
    Intake intake =
        new Intake(
            command.disputeType(),
            command.district(),
            command.township(),
            command.source(),
            command.parties(),
            command.summary(),
            command.referral(),
            now,
            command.registeredBy());
    CaseAction action = status == DECLINED ? CaseAction.DECLINE : CaseAction.REGISTER;
    String note = decline == null ? null : decline.note();
    HistoryEntry entry = new HistoryEntry(now, command.registeredBy(), action, null, status, note);
    MediationCase registered =
        new MediationCase(
            id,
            number,
            1,
            status,
            intake,
            null,
            List.of(),
            timeLimit,
            decline,
            null,
            null,
            List.of(entry));
    return new Change(registered, registered.event(type, now));
  }

  /** The actions the case's state allows at {@code now}, whoever asks. */
  public Set<CaseAction> allowedActions(CaseRules rules, Instant now) {
    Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
    switch (status) {
      case REGISTERED ->
          allowed.addAll(
              List.of(CaseAction.ASSIGN, CaseAction.DECLINE, CaseAction.EXTEND, CaseAction.CLOSE));
      case MEDIATING ->
          allowed.addAll(
              List.of(
                  CaseAction.REASSIGN,
                  CaseAction.HOLD_SESSION,
                  CaseAction.EXTEND,
                  CaseAction.CLOSE));
      case CLOSED -> {
        Agreement agreement = closing.agreement();
        if (agreement != null && agreement.followUp() == null) {
          allowed.add(CaseAction.FOLLOW_UP);
        }
        if (awaitsJudicialConfirmation()) {
          allowed.add(CaseAction.CONFIRM_JUDICIALLY);
        }
        if (mayBeReopened(rules, now)) {
          allowed.add(CaseAction.REOPEN);
        }
      }
      case DECLINED -> {
        // Finished: a declined dispute goes elsewhere.
      }
    }
    return allowed;
  }

  public Change decline(DeclineReason reason, String note, String by, Instant now) {
    require(status == REGISTERED, "only a case not yet given to a mediator can be declined");
    return become(
        with(
            DECLINED,
            assignment,
            sessions,
            timeLimit.stopped(),
            new Decline(reason, note, now, by)),
        CaseAction.DECLINE,
        MediationCaseEventType.DECLINED,
        now,
        by,
        note);
  }

  public Change assign(
      String mediator, String body, boolean linkageBody, String by, String note, Instant now) {
    require(status == REGISTERED, "only a registered case can be given to a first mediator");
    return handOver(
        new Assignment(mediator, body, linkageBody, now, by),
        CaseAction.ASSIGN,
        MediationCaseEventType.ASSIGNED,
        note);
  }

  public Change reassign(
      String mediator, String body, boolean linkageBody, String by, String note, Instant now) {
    require(status == MEDIATING, "only a case under mediation can be reassigned");
    require(
        !mediator.equals(assignment.mediator()) || !body.equals(assignment.body()),
        "the case is already with this mediator and body");
    return handOver(
        new Assignment(mediator, body, linkageBody, now, by),
        CaseAction.REASSIGN,
        MediationCaseEventType.REASSIGNED,
        note);
  }

  /** The case under mediation with the new assignment, the trail saying from whom to whom. */
  private Change handOver(
      Assignment to, CaseAction action, MediationCaseEventType type, String note) {
    return become(
        with(MEDIATING, to, sessions, timeLimit),
        action,
        type,
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
        with(MEDIATING, assignment, more, timeLimit),
        CaseAction.HOLD_SESSION,
        MediationCaseEventType.SESSION_HELD,
        now,
        by,
        null);
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
    return become(
        with(status, assignment, sessions, extended),
        CaseAction.EXTEND,
        MediationCaseEventType.EXTENDED,
        now,
        by,
        reason);
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
        MediationCaseEventType.MARKED_OVERDUE,
        now,
        OVERDUE_WATCHER,
        null);
  }

  public Change close(CloseCase command, String by, Instant now) {
    require(status.isOpen(), "only an open case can be closed");
    Outcome outcome = command.outcome();
    if (outcome.isMediated()) {
      require(
          status == MEDIATING && !sessions.isEmpty(),
          "a case closes as " + outcome + " only after at least one mediation session");
    }
    if (outcome == Outcome.TRANSFERRED && assignment != null) {
      require(
          !command.transferredTo().equals(assignment.body()),
          "a case is transferred to another body than its own");
    }
    return become(
        new MediationCase(
            id,
            number,
            version,
            CLOSED,
            intake,
            assignment,
            sessions,
            timeLimit.stopped(),
            decline,
            Closing.of(command, now, by),
            reopenedAt,
            history),
        CaseAction.CLOSE,
        MediationCaseEventType.CLOSED,
        now,
        by,
        command.note());
  }

  /** 履行回访: records once how the parties of a successful case keep their agreement. */
  public Change followUp(Performance performance, String note, String by, Instant now) {
    Agreement agreement = agreementOfAClosedCase();
    require(agreement.followUp() == null, "the follow-up of this agreement is already recorded");
    FollowUp visit = new FollowUp(performance, note, now, by);
    return becomeClosedWith(
        agreement.followedUp(visit),
        CaseAction.FOLLOW_UP,
        MediationCaseEventType.PERFORMANCE_FOLLOWED_UP,
        now,
        by,
        note);
  }

  /**
   * 司法确认: records once that a court confirmed a written agreement, on the parties' application
   * within {@link #JUDICIAL_CONFIRMATION_WINDOW} of it.
   */
  public Change confirmJudicially(
      String court, Instant appliedAt, Instant confirmedAt, String by, Instant now) {
    Agreement agreement = agreementOfAClosedCase();
    require(
        agreement.type() == AgreementType.WRITTEN,
        "only a written agreement can be judicially confirmed");
    require(
        agreement.judicialConfirmation() == null, "the agreement is already judicially confirmed");
    Instant agreedAt = closing.at();
    require(
        !appliedAt.isBefore(agreedAt)
            && !appliedAt.isAfter(agreedAt.plus(JUDICIAL_CONFIRMATION_WINDOW)),
        "the parties must apply within 30 days of the agreement of " + agreedAt);
    require(
        !confirmedAt.isBefore(appliedAt) && !confirmedAt.isAfter(now),
        "the confirmation must lie between the application and now");
    JudicialConfirmation confirmation =
        new JudicialConfirmation(court, appliedAt, confirmedAt, now, by);
    return becomeClosedWith(
        agreement.confirmed(confirmation),
        CaseAction.CONFIRM_JUDICIALLY,
        MediationCaseEventType.JUDICIALLY_CONFIRMED,
        now,
        by,
        court);
  }

  /** Takes a failed case up again, once, within the rules' window; a new time limit runs. */
  public Change reopen(String reason, String by, CaseRules rules, Instant now) {
    require(
        status == CLOSED && closing.outcome() == Outcome.FAILED,
        "only a case closed as FAILED can be reopened");
    require(reopenedAt == null, "a case is reopened once only");
    require(
        mayBeReopened(rules, now),
        "the window to reopen this case closed at " + closing.at().plus(rules.reopenWindow()));
    return become(
        new MediationCase(
            id,
            number,
            version,
            MEDIATING,
            intake,
            assignment,
            sessions,
            timeLimit.restarted(rules.deadlineFrom(now)),
            decline,
            null,
            now,
            history),
        CaseAction.REOPEN,
        MediationCaseEventType.REOPENED,
        now,
        by,
        reason);
  }

  /**
   * A written agreement can be confirmed until it is; whether the parties applied in time is
   * decided with the application's date.
   */
  private boolean awaitsJudicialConfirmation() {
    Agreement agreement = closing.agreement();
    return agreement != null
        && agreement.type() == AgreementType.WRITTEN
        && agreement.judicialConfirmation() == null;
  }

  private boolean mayBeReopened(CaseRules rules, Instant now) {
    return status == CLOSED
        && closing.outcome() == Outcome.FAILED
        && reopenedAt == null
        && !now.isAfter(closing.at().plus(rules.reopenWindow()));
  }

  private Agreement agreementOfAClosedCase() {
    require(
        status == CLOSED && closing.outcome() == Outcome.SUCCESS,
        "only a case closed with an agreement (SUCCESS) has one to record this on");
    return closing.agreement();
  }

  private void require(boolean allowed, String reason) {
    if (!allowed) {
      throw new TransitionRefusedException(this, reason);
    }
  }

  /** The case in another state, with this one's closing, reopening and history. */
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

  private Change becomeClosedWith(
      Agreement agreement,
      CaseAction action,
      MediationCaseEventType type,
      Instant at,
      String by,
      String note) {
    return become(
        new MediationCase(
            id,
            number,
            version,
            CLOSED,
            intake,
            assignment,
            sessions,
            timeLimit,
            decline,
            closing.withAgreement(agreement),
            reopenedAt,
            history),
        action,
        type,
        at,
        by,
        note);
  }

  /** The next version of the case: {@code changed}'s state, one more history line, one event. */
  private Change become(
      MediationCase changed,
      CaseAction action,
      MediationCaseEventType type,
      Instant at,
      String by,
      String note) {
    return become(changed, action, type, at, by, note, null);
  }

  private Change become(
      MediationCase changed,
      CaseAction action,
      MediationCaseEventType type,
      Instant at,
      String by,
      String note,
      HistoryEntry.Handover handover) {
    List<HistoryEntry> longer = new ArrayList<>(history);
    longer.add(new HistoryEntry(at, by, action, status, changed.status(), note, handover));
    MediationCase next =
        new MediationCase(
            id,
            number,
            version + 1,
            changed.status(),
            intake,
            changed.assignment(),
            changed.sessions(),
            changed.timeLimit(),
            changed.decline(),
            changed.closing(),
            changed.reopenedAt(),
            longer);
    return new Change(next, next.event(type, at));
  }

  private MediationCaseEvent event(MediationCaseEventType type, Instant at) {
    return new MediationCaseEvent(
        type.cloudEventType(),
        UUID.randomUUID().toString(),
        id,
        version,
        at,
        CaseSnapshots.of(this));
  }
}
