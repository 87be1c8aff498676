package io.civicline.hotline.web;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.domain.Staff;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.problem.NotFoundException;
import io.civicline.kit.security.Roles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every console page shares: who may use the console at all (the roles that work tickets, and
 * admins to read), the language switch, and errors as pages instead of the API's JSON problems.
 */
@ControllerAdvice(
    assignableTypes = {
      ConsolePages.class,
      IntakePages.class,
      TicketPages.class,
      TicketActionPages.class
    })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

  private static final Logger log = LoggerFactory.getLogger(ConsoleAdvice.class);
  private static final Set<String> CONSOLE_ROLES =
      Set.of(Roles.AGENT, Roles.DEPARTMENT, Roles.ADMIN);
  static final String PROBLEM_VIEW = "console/problem";

  private final StaffResolver staffResolver;
  private final MessageSource messages;

  ConsoleAdvice(StaffResolver staffResolver, MessageSource messages) {
    this.staffResolver = staffResolver;
    this.messages = messages;
  }

  @ModelAttribute
  void everyPage(Authentication user, HttpServletRequest request, Model model) {
    Staff viewer = staffResolver.of(user);
    if (viewer.roles().stream().noneMatch(CONSOLE_ROLES::contains)) {
      throw new ForbiddenException("console.forbidden");
    }
    model.addAttribute("viewer", viewer);
    String here = "/console";
    if (HttpMethod.GET.matches(request.getMethod())) {
      here =
          request.getRequestURI()
              + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }
    model.addAttribute("langZh", withLanguage(here, "zh_CN"));
    model.addAttribute("langEn", withLanguage(here, "en"));
  }

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException e, HttpServletResponse response, Model model, Locale locale) {
    return problem(response, HttpServletResponse.SC_NOT_FOUND, "problem.notFound", model, locale);
  }

  @ExceptionHandler(ForbiddenException.class)
  String forbidden(ForbiddenException e, HttpServletResponse response, Model model, Locale locale) {
    return problem(response, HttpServletResponse.SC_FORBIDDEN, "problem.forbidden", model, locale);
  }

  @ExceptionHandler(DataAccessResourceFailureException.class)
  String storeDown(
      DataAccessResourceFailureException e,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    log.warn("database unavailable: {}", e.getMessage());
    response.setHeader("Retry-After", "2");
    return problem(
        response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "problem.unavailable", model, locale);
  }

  @ExceptionHandler(Exception.class)
  String unexpected(Exception e, HttpServletResponse response, Model model, Locale locale) {
    log.error("unexpected error on a console page", e);
    return problem(
        response,
        HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
        "problem.unexpected",
        model,
        locale);
  }

  private String problem(
      HttpServletResponse response, int status, String key, Model model, Locale locale) {
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("problem", messages.getMessage(key, null, locale));
    return PROBLEM_VIEW;
  }

  private static String withLanguage(String here, String language) {
    return UriComponentsBuilder.fromUriString(here)
        .replaceQueryParam(ConsoleLocale.PARAMETER, language)
        .build()
        .toUriString();
  }
}
