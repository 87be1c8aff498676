package io.civicline.kit.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * A bearer token as a signed-in user: roles from its {@code roles} claim ({@link RolesClaim}), and
 * refused as an invalid token (401) when a role needs a scope claim the token lacks (a DEPARTMENT
 * without {@code department}, a MEDIATION_LEAD without {@code body} or {@code district}), so that
 * no rule ever sees such a user.
 */
final class StaffTokens implements Converter<Jwt, AbstractAuthenticationToken> {

  private final JwtAuthenticationConverter roles;

  /** Tokens whose user is named by {@code userNameClaim}, e.g. {@code sub}. */
  StaffTokens(String userNameClaim) {
    this.roles = RolesClaim.bearerTokens(userNameClaim);
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    AbstractAuthenticationToken user = roles.convert(jwt);
    StaffProfiles.ofToken(user.getName(), Roles.of(user), jwt)
        .missingScope()
        .ifPresent(
            missing -> {
              throw new InvalidBearerTokenException("The token's user " + missing + ".");
            });
    return user;
  }
}
