package io.civicline.kit.staff;

import io.civicline.kit.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A stored account whose password an admin set may only choose its own: until then the API answers
 * 403 and the pages lead to {@code /console/password}. Runs after Spring Security, on users signed
 * in with a password (an identity provider's users have none here).
 */
final class PasswordChangeRequired extends OncePerRequestFilter {

  private static final Set<String> OPEN =
      Set.of("/api/me/password", "/console/password", "/login", "/logout", "/error");
  private static final List<String> OPEN_PREFIXES =
      List.of("/css/", "/js/", "/webjars/", "/actuator/health", "/favicon.ico");
  private static final String DETAIL =
      "Your password was set by an admin: choose your own first (POST /api/me/password).";

  private final StaffDirectory directory;

  PasswordChangeRequired(StaffDirectory directory) {
    this.directory = directory;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (open(path) || !mustChange(SecurityContextHolder.getContext().getAuthentication())) {
      chain.doFilter(request, response);
    } else if (path.startsWith("/api/")) {
      ProblemResponses.write(response, HttpStatus.FORBIDDEN, DETAIL, request.getRequestURI());
    } else {
      response.sendRedirect(request.getContextPath() + "/console/password");
    }
  }

  private boolean mustChange(Authentication user) {
    return user instanceof UsernamePasswordAuthenticationToken
        && user.isAuthenticated()
        && directory.find(user.getName()).map(StaffAccount::passwordChangeRequired).orElse(false);
  }

  private static boolean open(String path) {
    return OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
  }
}
