package io.civicline.mediation.api;

import io.civicline.kit.problem.ApiProblems;
import io.civicline.mediation.CaseConflictException;
import io.civicline.mediation.StaffResolver;
import java.security.Principal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A case conflict as an RFC 9457 problem (409) whose {@code current} is the case as the user may
 * see it, so that the console or client can show it and retry knowingly.
 */
@RestControllerAdvice(assignableTypes = {CaseActions.class, CaseController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseConflicts {

  private final StaffResolver staff;
  private final CaseViews views;

  CaseConflicts(StaffResolver staff, CaseViews views) {
    this.staff = staff;
    this.views = views;
  }

  @ExceptionHandler(CaseConflictException.class)
  ProblemDetail conflict(CaseConflictException e, Principal principal) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setType(ApiProblems.CONFLICT);
    problem.setTitle("Conflict");
    if (principal instanceof Authentication user) {
      problem.setProperty("current", views.of(e.mediationCase(), staff.of(user)));
    }
    return problem;
  }
}
