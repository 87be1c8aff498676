package io.civicline.hotline.staff;

import io.civicline.kit.security.ApiAccessRules;
import io.civicline.kit.security.Roles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Staff accounts are for admins alone, whatever the method. */
@Component
class StaffAccessRules implements ApiAccessRules {

  @Override
  public void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules.requestMatchers("/api/staff", "/api/staff/**").hasRole(Roles.ADMIN);
  }
}
