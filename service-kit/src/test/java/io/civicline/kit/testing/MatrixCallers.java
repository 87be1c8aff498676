package io.civicline.kit.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The callers of the role matrix: nobody signed in, and one signed-in user per role of
 * docs/design.md, with the scope the role works in, as an identity provider's token carries it
 * (subject, {@code roles}, {@code department}, {@code district}). The mediator's subject is the
 * roster account of M_YIMEI_01; the lead leads the district YIMEI. {@code DEPARTMENT-none} is
 * department staff whose token has no department: they must be refused everywhere a department is
 * needed.
 */
public final class MatrixCallers {

  /** A column of the table; {@code identity} null for the anonymous caller. */
  public record Caller(String column, RequestPostProcessor identity) {}

  private MatrixCallers() {}

  static List<Caller> all() {
    return List.of(
        new Caller("anonymous", null),
        new Caller("AGENT", token("agent", "AGENT", Map.of())),
        new Caller(
            "DEPARTMENT", token("heating", "DEPARTMENT", Map.of("department", "HEATING_CO"))),
        new Caller("DEPARTMENT-none", token("nodepartment", "DEPARTMENT", Map.of())),
        new Caller("MEDIATOR", token("mediator", "MEDIATOR", Map.of())),
        new Caller("MEDIATION_LEAD", token("lead", "MEDIATION_LEAD", Map.of("district", "YIMEI"))),
        new Caller("MANAGER", token("manager", "MANAGER", Map.of())),
        new Caller("ADMIN", token("admin", "ADMIN", Map.of())));
  }

  /** The token of one of the callers above, by user name (the set-up of a matrix acts as them). */
  public static RequestPostProcessor tokenOf(String user) {
    return switch (user) {
      case "agent" -> token(user, "AGENT", Map.of());
      case "heating" -> token(user, "DEPARTMENT", Map.of("department", "HEATING_CO"));
      case "mediator", "mediator2" -> token(user, "MEDIATOR", Map.of());
      case "lead" -> token(user, "MEDIATION_LEAD", Map.of("district", "YIMEI"));
      case "admin" -> token(user, "ADMIN", Map.of());
      default -> throw new IllegalArgumentException("no token for " + user);
    };
  }

  private static RequestPostProcessor token(
      String subject, String role, Map<String, String> scope) {
    return jwt()
        .jwt(
            token -> {
              token.subject(subject).claim("roles", List.of(role));
              scope.forEach(token::claim);
            })
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }
}
