package io.civicline.mediation.domain;

import io.civicline.kit.security.Roles;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting: a user's name, roles and, for a mediator of the roster, their mediator code. It
 * decides which actions the user may take at all and on which cases; the case's state decides which
 * are possible now. Any mediator registers, declines and (re)assigns cases; only the case's own
 * mediator works it once it is assigned. Admins read everything and act on nothing.
 */
public record Staff(String name, Set<String> roles, String mediator) {

  private static final Set<CaseAction> MEDIATOR_ACTIONS =
      EnumSet.complementOf(EnumSet.of(CaseAction.MARK_OVERDUE));

  /** What any mediator may do, whoever the case is assigned to. */
  private static final Set<CaseAction> ANY_MEDIATOR =
      EnumSet.of(CaseAction.REGISTER, CaseAction.ASSIGN, CaseAction.REASSIGN);

  public Staff {
    roles = Set.copyOf(roles);
  }

  public boolean isAdmin() {
    return roles.contains(Roles.ADMIN);
  }

  /** The actions this user's roles allow on any case. */
  public Set<CaseAction> mayTake() {
    return roles.contains(Roles.MEDIATOR)
        ? EnumSet.copyOf(MEDIATOR_ACTIONS)
        : EnumSet.noneOf(CaseAction.class);
  }

  /** Whether the action needs the case's own mediator, and this user is not. */
  public boolean isKeptFrom(MediationCase mediationCase, CaseAction action) {
    return !ANY_MEDIATOR.contains(action)
        && mediationCase.assignment() != null
        && !isMediatorOf(mediationCase);
  }

  /** Whether this user sees the parties' personal data: the case's mediator and admins. */
  public boolean seesPartiesOf(MediationCase mediationCase) {
    return isAdmin() || isMediatorOf(mediationCase);
  }

  /** The actions this user can take on the case now. */
  public Set<CaseAction> actionsOn(MediationCase mediationCase, CaseRules rules, Instant now) {
    Set<CaseAction> actions = mediationCase.allowedActions(rules, now);
    actions.retainAll(mayTake());
    actions.removeIf(action -> isKeptFrom(mediationCase, action));
    return actions;
  }

  private boolean isMediatorOf(MediationCase mediationCase) {
    return mediator != null
        && mediationCase.assignment() != null
        && mediator.equals(mediationCase.assignment().mediator());
  }
}
