package io.civicline.kit.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Failed sign-ins on the pages' doors. A wrong password on the form goes back to {@code
 * /login?error} as before; a locked one is a 429 with {@code Retry-After} showing the login page
 * with how long to wait. HTTP Basic on a page answers a locked sign-in as the API does.
 */
final class LockedSignInPages implements AuthenticationFailureHandler, AuthenticationEntryPoint {

  /** The request attribute the login page reads: seconds until the next try. */
  static final String RETRY_AFTER = LockedSignInPages.class.getName() + ".retryAfter";

  private final AuthenticationFailureHandler form =
      new SimpleUrlAuthenticationFailureHandler("/login?error");
  private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

  LockedSignInPages() {
    basic.setRealmName("civicline");
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException, ServletException {
    if (!(e instanceof SignInLocked locked)) {
      form.onAuthenticationFailure(request, response, e);
      return;
    }
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.retryAfterSeconds()));
    request.setAttribute(RETRY_AFTER, locked.retryAfterSeconds());
    // Shown as the login page is: a GET, so that the form's own filter does not sign in again.
    request.getRequestDispatcher("/login").forward(asGet(request), response);
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof SignInLocked locked) {
      ProblemSecurityResponses.tooManyFailures(request, response, locked);
    } else {
      basic.commence(request, response, e);
    }
  }

  private static HttpServletRequest asGet(HttpServletRequest request) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getMethod() {
        return "GET";
      }
    };
  }
}
