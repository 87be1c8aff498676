package io.civicline.kit.problem;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A route with a body bound of its own, larger than the API's (an upload) or outside the API (a
 * public form): declare one as a bean and {@link RequestBodyLimit} applies it to that method and
 * path pattern alone.
 */
public record LargerBodyRoute(String method, String pathPattern, long maxBytes) {

  boolean matches(String requestMethod, String path) {
    PathPattern pattern = PathPatternParser.defaultInstance.parse(pathPattern);
    return method.equals(requestMethod) && pattern.matches(PathContainer.parsePath(path));
  }
}
