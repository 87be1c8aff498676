package io.civicline.kit.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * An identity provider's {@code roles} claim, e.g. {@code ["AGENT"]} (a space-separated string is
 * read too), as the user's {@code ROLE_*} authorities: for bearer tokens and console sign-in alike.
 * A user's roles come from this claim only, so a token without it has none.
 */
final class RolesClaim {

  static final String NAME = "roles";

  private RolesClaim() {}

  static Set<GrantedAuthority> authorities(Map<String, Object> claims) {
    Object value = claims.get(NAME);
    Collection<?> names =
        value instanceof Collection<?> list
            ? list
            : value instanceof String text ? List.of(text.trim().split("\\s+")) : List.of();
    Set<GrantedAuthority> authorities = new HashSet<>();
    for (Object name : names) {
      if (name instanceof String role && !role.isBlank()) {
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
      }
    }
    return authorities;
  }

  /** Bearer tokens: roles from the claim, the user named by {@code userNameClaim}. */
  static JwtAuthenticationConverter bearerTokens(String userNameClaim) {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(jwt -> List.copyOf(authorities(jwt.getClaims())));
    converter.setPrincipalClaimName(userNameClaim);
    return converter;
  }

  /**
   * Console sign-in: the ID token's and userinfo's claims give the roles; what the sign-in itself
   * granted stays (the OIDC user, the scopes), except any role, which only the claim gives.
   */
  static GrantedAuthoritiesMapper signIn() {
    return granted -> {
      Set<GrantedAuthority> mapped = new HashSet<>();
      for (GrantedAuthority authority : granted) {
        if (!authority.getAuthority().startsWith("ROLE_")) {
          mapped.add(authority);
        }
        if (authority instanceof OAuth2UserAuthority user) {
          mapped.addAll(authorities(user.getAttributes()));
        }
      }
      return mapped;
    };
  }
}
