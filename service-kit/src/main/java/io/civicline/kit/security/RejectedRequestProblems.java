package io.civicline.kit.security;

import io.civicline.kit.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request the firewall refuses (a path with {@code ..}, an encoded slash or NUL …): a 400 problem
 * for the API, the usual error page for everything else. The refused path is not echoed back.
 */
final class RejectedRequestProblems implements RequestRejectedHandler {

  private final RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException, jakarta.servlet.ServletException {
    if (!request.getRequestURI().startsWith("/api/")) {
      pages.handle(request, response, e);
      return;
    }
    ProblemResponses.write(
        response,
        HttpStatus.BAD_REQUEST,
        "The request's path or headers are not acceptable: " + e.getMessage(),
        null);
  }
}
