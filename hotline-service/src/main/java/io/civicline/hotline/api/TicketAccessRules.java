package io.civicline.hotline.api;

import io.civicline.kit.security.ApiAccessRules;
import io.civicline.kit.security.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Agents log tickets; agents and department staff act on them (which action each role may take, and
 * on which department's tickets, the desk decides); agents, department staff and admins read.
 * Managers may use the search alone, whose rows carry no personal data: the drill-down of their
 * figures; no ticket, queue or at-risk list.
 */
public class TicketAccessRules implements ApiAccessRules {

  @Override
  public void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(HttpMethod.POST, "/api/tickets")
        .hasRole(Roles.AGENT)
        .requestMatchers(HttpMethod.POST, "/api/tickets/*/**")
        .hasAnyRole(Roles.AGENT, Roles.DEPARTMENT)
        .requestMatchers(ApiAccessRules.reads("/api/tickets"))
        .hasAnyRole(Roles.AGENT, Roles.DEPARTMENT, Roles.ADMIN, Roles.MANAGER)
        .requestMatchers(ApiAccessRules.reads("/api/tickets/**"))
        .hasAnyRole(Roles.AGENT, Roles.DEPARTMENT, Roles.ADMIN);
  }
}
