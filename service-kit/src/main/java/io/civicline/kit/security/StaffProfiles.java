package io.civicline.kit.security;

import io.civicline.kit.staff.StaffAccount;
import io.civicline.kit.staff.StaffDetails;
import io.civicline.kit.staff.StaffDirectory;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The one place that reads a user's scope: the identity provider's claims ({@code department},
 * {@code body}, {@code district}) of a bearer token or of a console sign-in, else the stored
 * account of the staff directory, else the configured user's properties.
 */
public class StaffProfiles {

  private final UsersProperties users;
  private final StaffDirectory directory;

  public StaffProfiles(UsersProperties users) {
    this(users, null);
  }

  /**
   * @param directory the stored accounts, or null where none are configured
   */
  public StaffProfiles(UsersProperties users, StaffDirectory directory) {
    this.users = users;
    this.directory = directory;
  }

  public StaffProfile of(Authentication user) {
    Map<String, Object> claims = claims(user);
    if (claims != null) {
      return ofClaims(user.getName(), Roles.of(user), claims);
    }
    Optional<StaffAccount> stored =
        directory == null ? Optional.empty() : directory.find(user.getName());
    if (stored.isPresent()) {
      StaffDetails details = stored.get().details();
      return new StaffProfile(
          user.getName(),
          Roles.of(user),
          details.department(),
          details.body(),
          details.district(),
          details.mediator());
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

  /** The provider's claims about the user, or null for a configured user. */
  private static Map<String, Object> claims(Authentication user) {
    if (user instanceof JwtAuthenticationToken jwt) {
      return jwt.getToken().getClaims();
    }
    if (user instanceof OAuth2AuthenticationToken signIn) {
      // For an OIDC sign-in: the ID token's claims and userinfo's together.
      return signIn.getPrincipal().getAttributes();
    }
    return null;
  }

  /** A token's scope, for the check that refuses a token without the scope its roles need. */
  static StaffProfile ofToken(String userName, Set<String> roles, Jwt token) {
    return ofClaims(userName, roles, token.getClaims());
  }

  private static StaffProfile ofClaims(
      String userName, Set<String> roles, Map<String, Object> claims) {
    return new StaffProfile(
        userName,
        roles,
        text(claims, "department"),
        text(claims, "body"),
        text(claims, "district"));
  }

  private static String text(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    return value instanceof String text && !text.isBlank() ? text : null;
  }
}
