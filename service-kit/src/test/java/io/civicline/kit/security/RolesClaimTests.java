package io.civicline.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class RolesClaimTests {

  @Test
  void aListOrASpaceSeparatedStringGivesRolesAndNoClaimGivesNone() {
    assertThat(names(RolesClaim.authorities(Map.of("roles", List.of("AGENT", "ADMIN")))))
        .containsExactlyInAnyOrder("ROLE_AGENT", "ROLE_ADMIN");
    assertThat(names(RolesClaim.authorities(Map.of("roles", "MEDIATOR  MANAGER"))))
        .containsExactlyInAnyOrder("ROLE_MEDIATOR", "ROLE_MANAGER");
    assertThat(RolesClaim.authorities(Map.of("department", "HEATING_CO"))).isEmpty();
  }

  @Test
  void aConsoleSignInHasTheClaimsRolesOnlyAndKeepsWhatElseItWasGranted() {
    OidcIdToken idToken =
        OidcIdToken.withTokenValue("t")
            .subject("heating")
            .claim("roles", List.of("DEPARTMENT"))
            .build();
    Set<GrantedAuthority> granted =
        Set.of(
            new OidcUserAuthority(idToken),
            new SimpleGrantedAuthority("SCOPE_openid"),
            new SimpleGrantedAuthority("ROLE_USER"));

    assertThat(names(RolesClaim.signIn().mapAuthorities(granted)))
        .containsExactlyInAnyOrder("OIDC_USER", "SCOPE_openid", "ROLE_DEPARTMENT");
  }

  private static Set<String> names(java.util.Collection<? extends GrantedAuthority> authorities) {
    return AuthorityUtils.authorityListToSet(authorities);
  }
}
