package io.civicline.mediation;

import io.civicline.kit.aggregate.VersionedActions;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.kit.problem.NotFoundException;
import io.civicline.mediation.CaseChecks.Placement;
import io.civicline.mediation.domain.CaseAction;
import io.civicline.mediation.domain.CaseRules;
import io.civicline.mediation.domain.CaseStatus;
import io.civicline.mediation.domain.CloseCase;
import io.civicline.mediation.domain.DeclineReason;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Performance;
import io.civicline.mediation.domain.Staff;
import io.civicline.mediation.store.CaseStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;

/**
 * What mediators do with cases: the use cases between the API (or the console) and the aggregate.
 * Every action checks who may take it, the version the user saw, and the state machine, then saves
 * the change with its event in one write.
 */
@Service
public class MediationDesk {

  /** How far ahead an extended deadline may lie: a bound against typing errors, not a rule. */
  static final Duration LONGEST_EXTENSION = Duration.ofDays(366);

  private static final String CASE = "case";

  private final CaseStore store;
  private final CaseChecks checks;
  private final CaseRules rules;
  private final Clock clock;
  private final VersionedActions<MediationCase, MediationCase.Change> actions;

  MediationDesk(CaseStore store, CaseChecks checks, CaseRules rules, Clock clock) {
    this.store = store;
    this.checks = checks;
    this.rules = rules;
    this.clock = clock;
    this.actions =
        new VersionedActions<>(
            CASE, MediationCase::id, MediationCase::version, this::get, store::update);
  }

  public MediationCase get(String id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("case", id));
  }

  /** The case, if this user may open it. */
  public MediationCase read(String id, Staff viewer) {
    MediationCase found = get(id);
    viewer.readRefusal(found).ifPresent(MediationDesk::refuse);
    return found;
  }

  public Instant now() {
    return clock.instant();
  }

  /** The configured lifecycle rules, e.g. to tell a user which actions are open to them. */
  public CaseRules rules() {
    return rules;
  }

  public MediationCase decline(
      String id, Long version, Staff by, DeclineReason reason, String note) {
    return act(
        id, version, by, CaseAction.DECLINE, (c, now) -> c.decline(reason, note, by.name(), now));
  }

  /**
   * Gives the case to a mediator (and, unless named, their body): the first assignment of a
   * registered case, a reassignment of one under mediation. Who may give it to whom is {@link
   * Staff#refusalToAssign}'s rule; the case's history records from whom to whom it went.
   */
  public MediationCase assign(
      String id, Long version, Staff by, String mediator, String body, String note) {
    Placement to = checks.placement(mediator, body);
    MediationCase current = get(id);
    boolean reassign = current.status() == CaseStatus.MEDIATING;
    CaseAction action = reassign ? CaseAction.REASSIGN : CaseAction.ASSIGN;
    by.refusalToAssign(current, to.mediator(), to.body()).ifPresent(MediationDesk::refuse);
    return act(
        current,
        version,
        by,
        action,
        reassign
            ? (c, now) ->
                c.reassign(to.mediator(), to.body(), to.linkageBody(), by.name(), note, now)
            : (c, now) ->
                c.assign(to.mediator(), to.body(), to.linkageBody(), by.name(), note, now));
  }

  public MediationCase holdSession(
      String id, Long version, Staff by, LocalDate date, List<String> participants, String notes) {
    if (date.isAfter(LocalDate.ofInstant(clock.instant(), rules.zone()))) {
      throw new InvalidRequestException("date", "must not lie in the future");
    }
    return act(
        id,
        version,
        by,
        CaseAction.HOLD_SESSION,
        (c, now) -> c.holdSession(date, participants, notes, by.name(), rules, now));
  }

  public MediationCase extend(
      String id,
      Long version,
      Staff by,
      Instant deadline,
      boolean bothPartiesConsent,
      String reason) {
    Instant today = clock.instant();
    if (!deadline.isAfter(today) || deadline.isAfter(today.plus(LONGEST_EXTENSION))) {
      throw new InvalidRequestException("deadline", "must lie in the future, within a year");
    }
    return act(
        id,
        version,
        by,
        CaseAction.EXTEND,
        (c, now) -> c.extend(deadline, bothPartiesConsent, reason, by.name(), now));
  }

  public MediationCase close(String id, Long version, Staff by, CloseCase command) {
    String transferredTo = command.outcome().transferredTo();
    if (transferredTo != null) {
      checks.checkBody("transferredTo", transferredTo);
    }
    return act(id, version, by, CaseAction.CLOSE, (c, now) -> c.close(command, by.name(), now));
  }

  public MediationCase followUp(
      String id, Long version, Staff by, Performance performance, String note) {
    return act(
        id,
        version,
        by,
        CaseAction.FOLLOW_UP,
        (c, now) -> c.followUp(performance, note, by.name(), now));
  }

  /** Records a court's confirmation; without {@code confirmedAt} the court confirmed it today. */
  public MediationCase confirmJudicially(
      String id, Long version, Staff by, String court, Instant appliedAt, Instant confirmedAt) {
    Instant confirmed = confirmedAt == null ? clock.instant() : confirmedAt;
    checks.checkJudicialConfirmation(court, appliedAt, confirmed, clock.instant());
    return act(
        id,
        version,
        by,
        CaseAction.CONFIRM_JUDICIALLY,
        (c, at) -> c.confirmJudicially(court, appliedAt, confirmed, by.name(), at));
  }

  public MediationCase reopen(String id, Long version, Staff by, String reason) {
    return act(
        id, version, by, CaseAction.REOPEN, (c, now) -> c.reopen(reason, by.name(), rules, now));
  }

  private MediationCase act(
      String id,
      Long expectedVersion,
      Staff by,
      CaseAction action,
      BiFunction<MediationCase, Instant, MediationCase.Change> transition) {
    return act(get(id), expectedVersion, by, action, transition);
  }

  private MediationCase act(
      MediationCase current,
      Long expectedVersion,
      Staff by,
      CaseAction action,
      BiFunction<MediationCase, Instant, MediationCase.Change> transition) {
    by.refusal(current, action).ifPresent(MediationDesk::refuse);
    return actions
        .take(current, expectedVersion, action.inWords(), c -> transition.apply(c, clock.instant()))
        .mediationCase();
  }

  private static void refuse(String reason) {
    throw new ForbiddenException(reason);
  }
}
