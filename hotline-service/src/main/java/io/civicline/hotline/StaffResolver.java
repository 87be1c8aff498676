package io.civicline.hotline;

import io.civicline.hotline.domain.Staff;
import io.civicline.kit.security.Roles;
import io.civicline.kit.security.UsersProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Who the signed-in user is for the ticket rules: roles from the authorities, and the department
 * from the token's {@code department} claim or the configured user's {@code department}.
 */
@Component
public class StaffResolver {

  private final UsersProperties users;

  StaffResolver(UsersProperties users) {
    this.users = users;
  }

  public Staff of(Authentication user) {
    String department =
        user instanceof JwtAuthenticationToken jwt
            ? jwt.getToken().getClaimAsString("department")
            : users.departmentOf(user.getName()).orElse(null);
    return new Staff(user.getName(), Roles.of(user), department);
  }
}
