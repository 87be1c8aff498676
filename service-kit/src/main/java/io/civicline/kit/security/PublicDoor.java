package io.civicline.kit.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A door open to everyone, for an interface made for the public (Open311): no sign-in, no session,
 * no CSRF token (nothing there acts on a signed-in user's behalf), the same headers as every other
 * answer. What it serves must show nothing personal; a write it takes checks its own key.
 */
public final class PublicDoor {

  private PublicDoor() {}

  /**
   * The filter chain for the paths {@code pattern} matches; give it a higher order than the API.
   */
  public static SecurityFilterChain chain(HttpSecurity http, String pattern) throws Exception {
    PageHeaders.apply(http);
    return http.securityMatcher(pattern)
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .anonymous(anonymous -> {})
        .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
        .build();
  }
}
