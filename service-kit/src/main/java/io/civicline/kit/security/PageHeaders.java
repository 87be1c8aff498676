package io.civicline.kit.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every answer carries besides Spring Security's defaults ({@code nosniff}, {@code
 * X-Frame-Options: DENY}, no caching, HSTS over TLS): a Content-Security-Policy that lets a page
 * run only scripts and styles served by the service itself, never inline ones, and a
 * Referrer-Policy that sends no path or query (which may hold a case id) to another site.
 */
final class PageHeaders {

  /** Images may be {@code data:} URIs: Swagger UI's icons are. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private PageHeaders() {}

  static void apply(HttpSecurity http) throws Exception {
    http.headers(
        headers ->
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(
                    referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
  }
}
