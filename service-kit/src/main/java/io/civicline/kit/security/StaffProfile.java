package io.civicline.kit.security;

import io.civicline.kit.problem.ForbiddenException;
import java.util.Optional;
import java.util.Set;

/**
 * What the access rules know of a signed-in user, wherever the account lives (configured, stored or
 * an identity provider's token): the roles and the scope they work in. A scope the account does not
 * have is null; a rule that needs it refuses (docs/design.md: access fails closed).
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

  /**
   * What the account lacks for its roles, as the end of a sentence about it, e.g. {@code "has role
   * DEPARTMENT but no department"}; empty when nothing is missing. The one statement of which role
   * needs which scope: start-up, token check and every request ask it.
   */
  public Optional<String> missingScope() {
    if (has(Roles.DEPARTMENT) && isBlank(department)) {
      return Optional.of("has role DEPARTMENT but no department");
    }
    if (has(Roles.MEDIATION_LEAD) && isBlank(body) && isBlank(district)) {
      return Optional.of("has role MEDIATION_LEAD but neither a body nor a district");
    }
    return Optional.empty();
  }

  /** This profile, or a 403 saying what the account lacks: a rule never guesses a scope. */
  public StaffProfile requireScope() {
    missingScope()
        .ifPresent(
            missing -> {
              throw new ForbiddenException(
                  "Your account " + missing + ": ask an administrator to set it.");
            });
    return this;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
