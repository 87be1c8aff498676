package io.civicline.kit.security;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The one place that reads a user's scope: a token's claims ({@code department}, {@code body},
 * {@code district}) or the configured user's properties.
 */
public class StaffProfiles {

  private final UsersProperties users;

  public StaffProfiles(UsersProperties users) {
    this.users = users;
  }

  public StaffProfile of(Authentication user) {
    if (user instanceof JwtAuthenticationToken jwt) {
      return ofToken(user.getName(), Roles.of(user), jwt.getToken());
    }
    UsersProperties.User configured = users.users().get(user.getName());
    return configured == null
        ? new StaffProfile(user.getName(), Roles.of(user), null, null, null)
        : new StaffProfile(
            user.getName(),
            Roles.of(user),
            configured.department(),
            configured.body(),
            configured.district());
  }

  static StaffProfile ofToken(String userName, Set<String> roles, Jwt token) {
    return new StaffProfile(
        userName,
        roles,
        token.getClaimAsString("department"),
        token.getClaimAsString("body"),
        token.getClaimAsString("district"));
  }
}
