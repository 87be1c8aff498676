package io.civicline.kit.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every (method, path) a service's handler methods answer, read from its request mappings, so that
 * no endpoint escapes a check that walks them. A mapping without methods accepts these five.
 */
final class HandlerEndpoints {

  /** One method on one path pattern; {@code path} carries the params condition as {@code ?by}. */
  record Endpoint(String method, String path, String handler) {
    String key() {
      return method + " " + path;
    }

    boolean safe() {
      return Set.of("GET", "HEAD", "OPTIONS").contains(method);
    }
  }

  private static final List<String> ANY_METHOD = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

  private HandlerEndpoints() {}

  /** Every endpoint, reads first, then in path order; GET paths also as HEAD and OPTIONS. */
  static List<Endpoint> of(ApplicationContext context) {
    Set<Endpoint> endpoints = new TreeSet<>(ORDER);
    for (RequestMappingHandlerMapping mapping :
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      mapping.getHandlerMethods().forEach((info, handler) -> add(info, handler, endpoints));
    }
    return new ArrayList<>(endpoints);
  }

  private static void add(RequestMappingInfo info, HandlerMethod handler, Set<Endpoint> into) {
    Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
    List<String> methods =
        declared.isEmpty() ? ANY_METHOD : declared.stream().map(Enum::name).toList();
    String params =
        info.getParamsCondition().getExpressions().stream()
            .map(Object::toString)
            .sorted()
            .collect(Collectors.joining("&"));
    String name = handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
    for (String pattern : info.getPatternValues()) {
      String path = params.isEmpty() ? pattern : pattern + "?" + params;
      for (String method : methods) {
        into.add(new Endpoint(method, path, name));
        if (method.equals("GET")) {
          into.add(new Endpoint("HEAD", path, name));
          into.add(new Endpoint("OPTIONS", path, name));
        }
      }
    }
  }

  private static final Comparator<Endpoint> ORDER =
      Comparator.comparing((Endpoint endpoint) -> !endpoint.safe())
          .thenComparing(Endpoint::path)
          .thenComparing(Endpoint::method);
}
