package io.civicline.mediation.domain;

import io.civicline.kit.security.Roles;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting, and what they may do to which case; the case's state decides which actions are
 * possible now. Mediators register cases and work the unassigned ones and their own; a mediator
 * takes (assigns to themselves) an unassigned case of their body's district. A mediation lead
 * (调委会主任) or an admin assigns and reassigns; a lead only the cases of their body or district, to
 * its bodies. Only the case's current mediator sees its parties in full. A rule that needs a roster
 * entry or a lead's scope the user lacks refuses, saying what is missing.
 *
 * @param mediator the user's code in the mediators' roster, or null
 * @param ownBody the scope of the roster body of a mediator: the cases they may take
 * @param leads the scope a mediation lead leads, or null when their account names none
 */
public record Staff(
    String name, Set<String> roles, String mediator, CaseScope ownBody, CaseScope leads) {

  private static final Set<CaseAction> MEDIATOR_ACTIONS =
      EnumSet.complementOf(EnumSet.of(CaseAction.MARK_OVERDUE, CaseAction.REASSIGN));

  private static final Set<CaseAction> PLACING = EnumSet.of(CaseAction.ASSIGN, CaseAction.REASSIGN);

  /** The roles that read every case (mediators and admins) or list every case (and managers). */
  private static final Set<String> LIST_EVERYTHING =
      Set.of(Roles.MEDIATOR, Roles.ADMIN, Roles.MANAGER);

  static final String NO_ROSTER_ENTRY = "Your account has no entry in the mediators' roster.";
  static final String NO_SCOPE =
      "Your account leads no mediating body or district: an admin must set one.";
  static final String OUTSIDE_SCOPE = "This case lies outside the body or district you lead.";

  public Staff {
    roles = Set.copyOf(roles);
  }

  public boolean isAdmin() {
    return roles.contains(Roles.ADMIN);
  }

  public boolean isLead() {
    return roles.contains(Roles.MEDIATION_LEAD);
  }

  private boolean isMediator() {
    return roles.contains(Roles.MEDIATOR);
  }

  /** The actions this user's roles allow on some case. */
  public Set<CaseAction> mayTake() {
    Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
    if (isMediator()) {
      actions.addAll(MEDIATOR_ACTIONS);
    }
    if (isLead() || isAdmin()) {
      actions.addAll(PLACING);
    }
    return actions;
  }

  /** Why this user may not take the action on the case (whatever its state), if they may not. */
  public Optional<String> refusal(MediationCase mediationCase, CaseAction action) {
    if (!mayTake().contains(action)) {
      return Optional.of(
          "Your role may not " + action.name().toLowerCase().replace('_', ' ') + " cases.");
    }
    if (PLACING.contains(action)) {
      return refusalToAssign(mediationCase, null, null);
    }
    if (mediationCase.assignment() == null || isMediatorOf(mediationCase)) {
      return Optional.empty();
    }
    return Optional.of(
        mediator == null ? NO_ROSTER_ENTRY : "This case is assigned to another mediator.");
  }

  /**
   * Why this user may not give the case to the mediator in the body, if they may not; with a null
   * body, whether they may assign the case to anyone they may choose.
   */
  public Optional<String> refusalToAssign(
      MediationCase mediationCase, String toMediator, String toBody) {
    if (isAdmin()) {
      return Optional.empty();
    }
    String lead = isLead() ? leadRefusal(mediationCase, toBody) : null;
    if (isLead() && lead == null) {
      return Optional.empty();
    }
    String take = isMediator() ? takeRefusal(mediationCase, toMediator, toBody) : null;
    if (isMediator() && take == null) {
      return Optional.empty();
    }
    return Optional.of(
        lead != null ? lead : take != null ? take : "Your role may not assign cases.");
  }

  private String leadRefusal(MediationCase mediationCase, String toBody) {
    if (leads == null) {
      return NO_SCOPE;
    }
    if (!leads.covers(mediationCase)) {
      return OUTSIDE_SCOPE;
    }
    return toBody == null || leads.coversBody(toBody)
        ? null
        : "You may assign cases only to the bodies you lead.";
  }

  private String takeRefusal(MediationCase mediationCase, String toMediator, String toBody) {
    if (mediator == null || ownBody == null) {
      return NO_ROSTER_ENTRY;
    }
    if (mediationCase.assignment() != null) {
      return "Only a mediation lead or an admin reassigns a case.";
    }
    if (!ownBody.covers(mediationCase)) {
      return "A mediator takes only unassigned cases of their own body's district.";
    }
    return toBody == null || (mediator.equals(toMediator) && ownBody.coversBody(toBody))
        ? null
        : "A mediator takes a case only for themselves, in their own body.";
  }

  /** Whether the assign form offers this mediator in this body to this user. */
  public boolean mayAssignTo(String toMediator, String toBody) {
    return isAdmin()
        || (isLead() && leads != null && leads.coversBody(toBody))
        || (isMediator()
            && mediator != null
            && mediator.equals(toMediator)
            && ownBody != null
            && ownBody.coversBody(toBody));
  }

  /** Why this user may not open the case, if they may not: leads read their scope's cases only. */
  public Optional<String> readRefusal(MediationCase mediationCase) {
    if (isAdmin() || isMediator()) {
      return Optional.empty();
    }
    if (isLead()) {
      return leads == null
          ? Optional.of(NO_SCOPE)
          : leads.covers(mediationCase) ? Optional.empty() : Optional.of(OUTSIDE_SCOPE);
    }
    return Optional.of("Your role may not read cases.");
  }

  /** Whether this user lists every case (rows hold no personal data); leads list their scope's. */
  public boolean listsEveryCase() {
    return roles.stream().anyMatch(LIST_EVERYTHING::contains);
  }

  /** Why this user may not list cases of the scope they lead, if they may not. */
  public Optional<String> listRefusal() {
    if (!isLead()) {
      return Optional.of("Your role may not list cases.");
    }
    return leads == null ? Optional.of(NO_SCOPE) : Optional.empty();
  }

  /** Whether this user sees the parties' personal data: the case's current mediator only. */
  public boolean seesPartiesOf(MediationCase mediationCase) {
    return isMediatorOf(mediationCase);
  }

  /** The actions this user can take on the case now. */
  public Set<CaseAction> actionsOn(MediationCase mediationCase, CaseRules rules, Instant now) {
    Set<CaseAction> actions = mediationCase.allowedActions(rules, now);
    actions.removeIf(action -> refusal(mediationCase, action).isPresent());
    return actions;
  }

  private boolean isMediatorOf(MediationCase mediationCase) {
    return mediator != null
        && mediationCase.assignment() != null
        && mediator.equals(mediationCase.assignment().mediator());
  }
}
