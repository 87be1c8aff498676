package io.civicline.kit.staff;

import io.civicline.kit.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a stored account may do on each request, after Spring Security has signed it in: a console
 * session of an account disabled since it signed in ends at once, and an account whose password an
 * admin set may only choose its own (the API answers 403, pages lead to {@code /console/password}).
 * An identity provider's users have no stored account here.
 */
final class StoredAccountCheck extends OncePerRequestFilter {

  private static final Set<String> OPEN =
      Set.of("/api/me/password", "/console/password", "/login", "/logout", "/error");
  private static final List<String> OPEN_PREFIXES =
      List.of("/css/", "/js/", "/webjars/", "/actuator/health", "/favicon.ico");
  private static final String CHANGE_FIRST =
      "Your password was set by an admin: choose your own first (POST /api/me/password).";

  private final StaffDirectory directory;

  StoredAccountCheck(StaffDirectory directory) {
    this.directory = directory;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.startsWith("/api/");
    Optional<StaffAccount> account = stored(SecurityContextHolder.getContext().getAuthentication());
    if (account.isPresent() && !account.get().enabled()) {
      SecurityContextHolder.clearContext();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      refuse(
          request, response, api, HttpStatus.UNAUTHORIZED, "This account is disabled.", "/login");
    } else if (account.isPresent() && account.get().passwordChangeRequired() && !open(path)) {
      refuse(request, response, api, HttpStatus.FORBIDDEN, CHANGE_FIRST, "/console/password");
    } else {
      chain.doFilter(request, response);
    }
  }

  private Optional<StaffAccount> stored(Authentication user) {
    return user instanceof UsernamePasswordAuthenticationToken && user.isAuthenticated()
        ? directory.find(user.getName())
        : Optional.empty();
  }

  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      boolean api,
      HttpStatus status,
      String detail,
      String page)
      throws IOException {
    if (api) {
      ProblemResponses.write(response, status, detail, request.getRequestURI());
    } else {
      response.sendRedirect(request.getContextPath() + page);
    }
  }

  private static boolean open(String path) {
    return OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
  }
}
