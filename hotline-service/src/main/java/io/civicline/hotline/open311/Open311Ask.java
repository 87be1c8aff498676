package io.civicline.hotline.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What every GeoReport v2 call asks besides its resource: the format its path ends with, and the
 * language of the names (Chinese unless {@code Accept-Language} asks for English). Resolving it
 * checks the {@code jurisdiction_id} a client may send: another than this endpoint's is a 404.
 */
record Open311Ask(Open311Format format, Locale locale) {

  static Locale locale(String acceptLanguage) {
    return acceptLanguage != null
            && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
        ? Locale.ENGLISH
        : Locale.SIMPLIFIED_CHINESE;
  }

  /** Gives a handler its {@link Open311Ask}. */
  static final class Resolver implements HandlerMethodArgumentResolver {

    private final String jurisdictionId;

    Resolver(String jurisdictionId) {
      this.jurisdictionId = jurisdictionId;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == Open311Ask.class;
    }

    @Override
    public Open311Ask resolveArgument(
        MethodParameter parameter,
        ModelAndViewContainer container,
        NativeWebRequest webRequest,
        WebDataBinderFactory binders) {
      HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
      @SuppressWarnings("unchecked")
      Map<String, String> variables =
          (Map<String, String>)
              request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
      Open311Format format = Open311Format.of(variables.get("format"));
      String jurisdiction = request.getParameter("jurisdiction_id");
      if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.equals(jurisdictionId)) {
        throw Open311Failure.notFound("jurisdiction_id " + jurisdiction + " not found");
      }
      return new Open311Ask(format, locale(request.getHeader("Accept-Language")));
    }
  }
}
