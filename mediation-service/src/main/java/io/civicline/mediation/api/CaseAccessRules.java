package io.civicline.mediation.api;

import io.civicline.kit.security.ApiAccessRules;
import io.civicline.kit.security.Roles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Mediation cases hold parties' personal data: mediators, mediation leads and admins only (which
 * case each may read or change is the desk's rule). Managers may also list them (the drill-down
 * from the figures), since a row has none; everything else is closed to them.
 */
@Component
class CaseAccessRules implements ApiAccessRules {

  @Override
  public void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(ApiAccessRules.reads("/api/cases"))
        .hasAnyRole(Roles.MEDIATOR, Roles.MEDIATION_LEAD, Roles.ADMIN, Roles.MANAGER)
        .requestMatchers("/api/cases/**", "/api/cases")
        .hasAnyRole(Roles.MEDIATOR, Roles.MEDIATION_LEAD, Roles.ADMIN);
  }
}
