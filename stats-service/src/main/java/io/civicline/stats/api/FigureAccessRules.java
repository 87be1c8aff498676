package io.civicline.stats.api;

import io.civicline.kit.security.ApiAccessRules;
import io.civicline.kit.security.Roles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Only managers and admins see figures. */
@Component
class FigureAccessRules implements ApiAccessRules {

  @Override
  public void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules.requestMatchers("/api/stats/**").hasAnyRole(Roles.MANAGER, Roles.ADMIN);
  }
}
