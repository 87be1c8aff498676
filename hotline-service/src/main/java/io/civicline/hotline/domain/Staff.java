package io.civicline.hotline.domain;

import io.civicline.kit.security.Roles;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting: a user's name, roles and, for department staff, their department. It decides which
 * actions the user may take at all; the ticket's status decides which are possible now.
 */
public record Staff(String name, Set<String> roles, String department) {

  private static final Set<TicketAction> AGENT_ACTIONS =
      EnumSet.of(
          TicketAction.RECEIVE,
          TicketAction.DISPATCH,
          TicketAction.GRANT_EXTENSION,
          TicketAction.REFUSE_EXTENSION,
          TicketAction.REPLY,
          TicketAction.CALLBACK,
          TicketAction.REOPEN,
          TicketAction.CLOSE,
          TicketAction.REFER,
          TicketAction.MARK_DUPLICATE,
          TicketAction.SUPERVISE,
          TicketAction.URGE,
          TicketAction.SET_PLACE);

  private static final Set<TicketAction> DEPARTMENT_ACTIONS =
      EnumSet.of(
          TicketAction.SIGN,
          TicketAction.RETURN,
          TicketAction.REQUEST_EXTENSION,
          TicketAction.REPLY);

  public Staff {
    roles = Set.copyOf(roles);
  }

  public boolean isAgent() {
    return roles.contains(Roles.AGENT);
  }

  /**
   * Whether this user reads ticket lists only (a manager's drill-down of the figures): no ticket,
   * action or queue, and no search by caller or words, which would reach personal data.
   */
  public boolean readsListsOnly() {
    return roles.contains(Roles.MANAGER)
        && !isAgent()
        && !roles.contains(Roles.DEPARTMENT)
        && !roles.contains(Roles.ADMIN);
  }

  /** The actions this user's roles allow on any ticket. */
  public Set<TicketAction> mayTake() {
    Set<TicketAction> actions = EnumSet.noneOf(TicketAction.class);
    if (isAgent()) {
      actions.addAll(AGENT_ACTIONS);
    }
    if (roles.contains(Roles.DEPARTMENT)) {
      actions.addAll(DEPARTMENT_ACTIONS);
    }
    return actions;
  }

  /**
   * Whether this user may act on the ticket at all: agents on every ticket, department staff only
   * on tickets their department holds or held. Fails closed: staff without a department work on
   * none.
   */
  public boolean worksOn(Ticket ticket) {
    if (isAgent()) {
      return true;
    }
    return department != null
        && ticket.dispatch() != null
        && department.equals(ticket.dispatch().department());
  }

  /** Whether this user may open the ticket: those who work on it, and admins (masked). */
  public boolean reads(Ticket ticket) {
    return worksOn(ticket) || roles.contains(Roles.ADMIN);
  }

  /**
   * Whether the user's department holds the ticket now (dispatched to it or signed for), so that
   * they must be able to call the citizen back.
   */
  public boolean holds(Ticket ticket) {
    return department != null
        && ticket.status().isWithDepartment()
        && ticket.dispatch() != null
        && department.equals(ticket.dispatch().department());
  }

  /**
   * Whether this user handles the ticket now: agents, and the department holding it. They see the
   * caller's contact ({@code CallerDisclosure}), the full place and the ticket's files.
   */
  public boolean handles(Ticket ticket) {
    return isAgent() || holds(ticket);
  }

  /** The actions this user can take on the ticket now. */
  public Set<TicketAction> actionsOn(Ticket ticket, Instant now) {
    Set<TicketAction> actions = ticket.allowedActions(now);
    actions.retainAll(mayTake());
    if (!worksOn(ticket)) {
      actions.clear();
    }
    return actions;
  }
}
