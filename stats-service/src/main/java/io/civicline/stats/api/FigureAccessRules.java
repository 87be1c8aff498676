package io.civicline.stats.api;

import io.civicline.kit.security.ApiAccessRules;
import io.civicline.kit.security.Roles;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Only managers and admins see figures and the reports made of them. */
@Component
public class FigureAccessRules implements ApiAccessRules {

  /** The roles that see figures, over the API and on the dashboard. */
  public static final List<String> ROLES = List.of(Roles.MANAGER, Roles.ADMIN);

  @Override
  public void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers("/api/stats/**", "/api/reports/**")
        .hasAnyRole(ROLES.toArray(String[]::new));
  }

  /** Whether {@code user} (null: nobody signed in) may see the figures. */
  public static boolean maySee(Authentication user) {
    return user != null && Roles.of(user).stream().anyMatch(ROLES::contains);
  }
}
