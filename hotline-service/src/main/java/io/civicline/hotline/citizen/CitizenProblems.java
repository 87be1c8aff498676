package io.civicline.hotline.citizen;

import io.civicline.kit.console.ConsoleConfiguration;
import io.civicline.kit.problem.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The citizen pages' links to switch the language, and their one refusal that is not a form's: too
 * many requests from one address, a page in the citizen's language with Retry-After.
 */
@ControllerAdvice(assignableTypes = CitizenPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CitizenProblems {

  /**
   * {@code langZh} and {@code langEn}: this page (the first page after a form) in each language.
   */
  @ModelAttribute
  void languageLinks(HttpServletRequest request, Model model) {
    String here =
        HttpMethod.GET.matches(request.getMethod()) ? request.getRequestURI() : CitizenPages.PATH;
    String parameter = "?" + ConsoleConfiguration.LANGUAGE_PARAMETER + "=";
    model.addAttribute("langZh", here + parameter + "zh_CN");
    model.addAttribute("langEn", here + parameter + "en");
  }

  @ExceptionHandler(TooManyRequestsException.class)
  String tooMany(
      TooManyRequestsException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    languageLinks(request, model);
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
    model.addAttribute("problem", e.getMessage());
    model.addAttribute("retryMinutes", (e.retryAfterSeconds() + 59) / 60);
    return "citizen/problem";
  }
}
