package io.civicline.kit.console;

import io.civicline.kit.problem.ConflictException;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.kit.problem.NotFoundException;
import io.civicline.kit.problem.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Console pages ({@link ConsoleController}) get the links that switch the language, and their
 * errors come back as a page in the user's language instead of the API's JSON problems: 400, 403,
 * 404, 409, 503 for a database out of reach, and 500 for a fault of ours, which is logged.
 */
@ControllerAdvice(annotations = ConsoleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleProblems {

  private static final Logger log = LoggerFactory.getLogger(ConsoleProblems.class);

  /** The shared error page; it includes the console's own head and header fragments. */
  public static final String VIEW = "civicline/problem";

  private final MessageSource messages;

  ConsoleProblems(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * {@code langZh} and {@code langEn}: this page (or the home page after a form) in each language.
   */
  @ModelAttribute
  void languageLinks(HttpServletRequest request, Model model) {
    String here = "/console";
    if (HttpMethod.GET.matches(request.getMethod())) {
      here =
          request.getRequestURI()
              + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }
    model.addAttribute("langZh", withLanguage(here, "zh_CN"));
    model.addAttribute("langEn", withLanguage(here, "en"));
  }

  @ExceptionHandler(InvalidRequestException.class)
  String invalid(
      InvalidRequestException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    String fields =
        e.fields().stream()
            .map(f -> label(f, locale) + ": " + f.message())
            .collect(Collectors.joining("; "));
    return page(request, response, HttpServletResponse.SC_BAD_REQUEST, fields, model, locale);
  }

  @ExceptionHandler(NotFoundException.class)
  String notFound(
      NotFoundException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    return page(
        request,
        response,
        HttpServletResponse.SC_NOT_FOUND,
        text("problem.notFound", locale),
        model,
        locale);
  }

  @ExceptionHandler(ForbiddenException.class)
  String forbidden(
      ForbiddenException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    return page(
        request,
        response,
        HttpServletResponse.SC_FORBIDDEN,
        text("problem.forbidden", locale),
        model,
        locale);
  }

  @ExceptionHandler(TooManyRequestsException.class)
  String tooMany(
      TooManyRequestsException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
    return page(request, response, 429, e.getMessage(), model, locale);
  }

  @ExceptionHandler(ConflictException.class)
  String conflict(
      ConflictException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    return page(
        request,
        response,
        HttpServletResponse.SC_CONFLICT,
        text("problem.conflict", locale) + " " + e.getMessage(),
        model,
        locale);
  }

  @ExceptionHandler(DataAccessResourceFailureException.class)
  String storeDown(
      DataAccessResourceFailureException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    log.warn("database unavailable: {}", e.getMessage());
    response.setHeader("Retry-After", "2");
    return page(
        request,
        response,
        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
        text("problem.unavailable", locale),
        model,
        locale);
  }

  @ExceptionHandler(Exception.class)
  String unexpected(
      Exception e,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    log.error("unexpected error on a console page", e);
    return page(
        request,
        response,
        HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
        text("problem.unexpected", locale),
        model,
        locale);
  }

  private String page(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String problem,
      Model model,
      Locale locale) {
    response.setStatus(status);
    languageLinks(request, model);
    model.addAttribute("status", status);
    model.addAttribute("problem", problem);
    return VIEW;
  }

  private String label(FieldProblem problem, Locale locale) {
    return messages.getMessage("field." + problem.field(), null, problem.field(), locale);
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private static String withLanguage(String here, String language) {
    return UriComponentsBuilder.fromUriString(here)
        .replaceQueryParam(ConsoleConfiguration.LANGUAGE_PARAMETER, language)
        .build()
        .toUriString();
  }
}
