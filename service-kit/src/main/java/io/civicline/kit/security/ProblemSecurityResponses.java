package io.civicline.kit.security;

import io.civicline.kit.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401, 403 and a locked sign-in's 429 (with {@code Retry-After}) for the API as RFC 9457 problems
 * instead of HTML error pages.
 */
final class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final boolean basic;

  ProblemSecurityResponses(boolean basic) {
    this.basic = basic;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof SignInLocked locked) {
      tooManyFailures(request, response, locked);
      return;
    }
    if (e instanceof InternalAuthenticationServiceException) {
      // The account store is down, not the caller wrong: the same retry-later answer as the API's.
      response.setHeader(HttpHeaders.RETRY_AFTER, "2");
      write(
          response,
          request,
          HttpStatus.SERVICE_UNAVAILABLE,
          "Sign-in is unavailable for a moment: the staff accounts cannot be read. Retry shortly.");
      return;
    }
    if (e instanceof InvalidBearerTokenException) {
      // RFC 6750: the client should not retry the same token.
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
      write(response, request, HttpStatus.UNAUTHORIZED, "Invalid token: " + e.getMessage());
      return;
    }
    response.setHeader(
        HttpHeaders.WWW_AUTHENTICATE, basic ? "Basic realm=\"civicline\"" : "Bearer");
    write(response, request, HttpStatus.UNAUTHORIZED, "Sign in to use this endpoint.");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(response, request, HttpStatus.FORBIDDEN, "Your role may not use this endpoint.");
  }

  /** Also for HTTP Basic on pages: a script, not a person at a form, is calling. */
  static void tooManyFailures(
      HttpServletRequest request, HttpServletResponse response, SignInLocked locked)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.retryAfterSeconds()));
    write(
        response,
        request,
        HttpStatus.TOO_MANY_REQUESTS,
        "Too many failed sign-ins for this user or address: try again in "
            + locked.retryAfterSeconds()
            + " seconds.");
  }

  private static void write(
      HttpServletResponse response, HttpServletRequest request, HttpStatus status, String detail)
      throws IOException {
    ProblemResponses.write(response, status, detail, request.getRequestURI());
  }
}
