package io.civicline.hotline.api;

import io.civicline.kit.security.ApiAccessRules;
import io.civicline.kit.security.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Agents log tickets; agents, department staff and admins read them. */
public class TicketAccessRules implements ApiAccessRules {

  @Override
  public void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(HttpMethod.POST, "/api/tickets")
        .hasRole(Roles.AGENT)
        .requestMatchers(HttpMethod.GET, "/api/tickets/**")
        .hasAnyRole(Roles.AGENT, Roles.DEPARTMENT, Roles.ADMIN);
  }
}
