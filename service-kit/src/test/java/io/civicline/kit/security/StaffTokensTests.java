package io.civicline.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class StaffTokensTests {

  private final StaffTokens tokens = new StaffTokens("sub");

  @Test
  void aDepartmentTokenWithoutItsDepartmentIsAnInvalidToken() {
    assertThatThrownBy(() -> tokens.convert(token(Map.of("roles", List.of("DEPARTMENT")))))
        .isInstanceOf(InvalidBearerTokenException.class)
        .hasMessageContaining("no department");
    assertThatThrownBy(
            () ->
                tokens.convert(
                    token(Map.of("roles", List.of("AGENT", "DEPARTMENT"), "department", " "))))
        .isInstanceOf(InvalidBearerTokenException.class);
  }

  @Test
  void aLeadTokenWithNeitherBodyNorDistrictIsAnInvalidToken() {
    assertThatThrownBy(() -> tokens.convert(token(Map.of("roles", List.of("MEDIATION_LEAD")))))
        .isInstanceOf(InvalidBearerTokenException.class)
        .hasMessageContaining("neither a body nor a district");
  }

  @Test
  void tokensWithTheScopeTheirRolesNeedAreUsersWithThoseRoles() {
    assertThat(
            Roles.of(
                tokens.convert(
                    token(Map.of("roles", List.of("DEPARTMENT"), "department", "HEATING_CO")))))
        .containsExactly("DEPARTMENT");
    assertThat(
            Roles.of(
                tokens.convert(
                    token(Map.of("roles", List.of("MEDIATION_LEAD"), "district", "YIMEI")))))
        .containsExactly("MEDIATION_LEAD");
    assertThat(Roles.of(tokens.convert(token(Map.of("roles", List.of("AGENT"))))))
        .containsExactly("AGENT");
  }

  static Jwt token(Map<String, Object> claims) {
    return Jwt.withTokenValue("t")
        .header("alg", "none")
        .subject("someone")
        .issuedAt(Instant.now())
        .claims(all -> all.putAll(claims))
        .build();
  }
}
