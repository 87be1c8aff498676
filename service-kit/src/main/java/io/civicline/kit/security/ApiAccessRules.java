package io.civicline.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A service's own rules for who may call which of its {@code /api/**} endpoints. Fails closed:
 * whatever no rule names (a path, or a method on a named path) is refused.
 */
@FunctionalInterface
public interface ApiAccessRules {

  void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules);

  /**
   * The reads of these paths: GET and HEAD alike, since HEAD answers what GET would (status, ETag)
   * without the body. A read rule names its paths with this, never with GET alone.
   */
  static RequestMatcher reads(String... patterns) {
    return new OrRequestMatcher(readMatchers(patterns));
  }

  /** Whether the request reads (GET or HEAD), for a rule decided past the filter chain. */
  static boolean isRead(HttpServletRequest request) {
    return HttpMethod.GET.matches(request.getMethod())
        || HttpMethod.HEAD.matches(request.getMethod());
  }

  private static List<RequestMatcher> readMatchers(String... patterns) {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    return Arrays.stream(patterns)
        .flatMap(
            pattern ->
                Stream.<RequestMatcher>of(
                    paths.matcher(HttpMethod.GET, pattern),
                    paths.matcher(HttpMethod.HEAD, pattern)))
        .toList();
  }
}
