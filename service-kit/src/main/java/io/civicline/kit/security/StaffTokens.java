package io.civicline.kit.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * A bearer token as a signed-in user: roles from its {@code roles} claim (e.g. {@code ["AGENT"]}),
 * and refused as an invalid token (401) when a role needs a scope claim the token lacks (a
 * DEPARTMENT without {@code department}, a MEDIATION_LEAD without {@code body} or {@code
 * district}), so that no rule ever sees such a user.
 */
final class StaffTokens implements Converter<Jwt, AbstractAuthenticationToken> {

  private final JwtAuthenticationConverter roles = new JwtAuthenticationConverter();

  StaffTokens() {
    JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
    authorities.setAuthoritiesClaimName("roles");
    authorities.setAuthorityPrefix("ROLE_");
    roles.setJwtGrantedAuthoritiesConverter(authorities);
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
