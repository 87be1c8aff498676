package io.civicline.kit.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users known to a service when no identity provider (JWT issuer) is configured, e.g. {@code
 * civicline.security.users.agent.password={bcrypt}…} and {@code …agent.roles=AGENT}. The local
 * stack writes demo users here; a password takes a Spring Security encoding prefix. A user whose
 * role needs a scope the entry lacks (see {@link StaffProfile#missingScope()}) stops the service at
 * start-up: better no service than one that reads the gap as "everything".
 */
@ConfigurationProperties("civicline.security")
public record UsersProperties(Map<String, User> users) {

  public UsersProperties {
    users = users == null ? Map.of() : new LinkedHashMap<>(users);
    users.forEach(UsersProperties::checkScope);
  }

  private static void checkScope(String name, User user) {
    new StaffProfile(
            name, Set.copyOf(user.roles()), user.department(), user.body(), user.district())
        .missingScope()
        .ifPresent(
            missing -> {
              throw new IllegalArgumentException(
                  "Configured user '"
                      + name
                      + "' "
                      + missing
                      + ": set it under civicline.security.users."
                      + name
                      + " or remove the user.");
            });
  }

  /**
   * One user's password (with its encoding prefix), roles and scope: for department staff the code
   * of the department they work for, for a mediation lead the body or district they lead.
   */
  public record User(
      String password, List<String> roles, String department, String body, String district) {

    public User {
      roles = roles == null ? List.of() : List.copyOf(roles);
    }
  }
}
