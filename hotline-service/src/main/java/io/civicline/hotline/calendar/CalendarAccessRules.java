package io.civicline.hotline.calendar;

import io.civicline.kit.security.ApiAccessRules;
import io.civicline.kit.security.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Only admins load a year (reference data); every signed-in staff member may read the calendar. */
class CalendarAccessRules implements ApiAccessRules {

  @Override
  public void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(HttpMethod.PUT, "/api/calendar/*")
        .hasRole(Roles.ADMIN)
        .requestMatchers(ApiAccessRules.reads("/api/calendar"))
        .authenticated();
  }
}
