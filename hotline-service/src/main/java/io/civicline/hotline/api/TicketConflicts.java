package io.civicline.hotline.api;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.TicketConflictException;
import io.civicline.kit.problem.ApiProblems;
import java.security.Principal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A ticket conflict as an RFC 9457 problem (409) whose {@code current} is the ticket as the user's
 * role may see it, so that the console or client can show it and retry knowingly.
 */
@RestControllerAdvice(assignableTypes = {TicketActions.class, TicketController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class TicketConflicts {

  private final StaffResolver staff;
  private final TicketResponses responses;

  TicketConflicts(StaffResolver staff, TicketResponses responses) {
    this.staff = staff;
    this.responses = responses;
  }

  @ExceptionHandler(TicketConflictException.class)
  ProblemDetail conflict(TicketConflictException e, Principal principal) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setType(ApiProblems.CONFLICT);
    problem.setTitle("Conflict");
    if (principal instanceof Authentication user) {
      problem.setProperty("current", responses.view(e.ticket(), staff.of(user)));
    }
    return problem;
  }
}
