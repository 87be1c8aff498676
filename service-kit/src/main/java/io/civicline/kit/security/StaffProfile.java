package io.civicline.kit.security;

import java.util.Set;

/**
 * What the access rules know of a signed-in user, wherever the account lives (configured, stored or
 * an identity provider's token): the roles and the scope they work in. A scope the account does not
 * have is null; a rule that needs it refuses (DESIGN.md: access fails closed).
 *
 * @param department the department a DEPARTMENT user works for
 * @param body the mediating body a MEDIATION_LEAD leads
 * @param district the district a MEDIATION_LEAD leads (all its bodies)
 * @param mediator the roster entry a stored MEDIATOR account names (others: the roster's {@code
 *     account})
 */
public record StaffProfile(
    String userName,
    Set<String> roles,
    String department,
    String body,
    String district,
    String mediator) {

  public StaffProfile {
    roles = Set.copyOf(roles);
  }

  /** A profile that names no roster entry. */
  public StaffProfile(
      String userName, Set<String> roles, String department, String body, String district) {
    this(userName, roles, department, body, district, null);
  }

  public boolean has(String role) {
    return roles.contains(role);
  }
}
