package io.civicline.mediation.api;

import io.civicline.kit.security.ApiAccessRules;
import io.civicline.kit.security.Roles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Mediation cases hold parties' personal data: mediators and admins only. */
@Component
class CaseAccessRules implements ApiAccessRules {

  @Override
  public void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules.requestMatchers("/api/cases/**", "/api/cases").hasAnyRole(Roles.MEDIATOR, Roles.ADMIN);
  }
}
