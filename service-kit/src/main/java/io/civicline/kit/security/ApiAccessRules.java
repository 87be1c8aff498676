package io.civicline.kit.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own rules for who may call which of its {@code /api/**} endpoints. Anything a rule
 * does not name still needs an authenticated user.
 */
@FunctionalInterface
public interface ApiAccessRules {

  void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules);
}
