package io.civicline.kit.problem;

import java.security.Principal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A record conflict on the API as an RFC 9457 problem (409) whose {@code current} is the record as
 * the user may see it ({@link RecordView}), so that a client can show it and retry knowingly. The
 * consoles' pages show conflicts their own way.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RecordConflicts {

  private final ObjectProvider<RecordView> view;

  public RecordConflicts(ObjectProvider<RecordView> view) {
    this.view = view;
  }

  @ExceptionHandler(RecordConflictException.class)
  ProblemDetail conflict(RecordConflictException e, Principal principal) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setType(ApiProblems.CONFLICT);
    problem.setTitle("Conflict");
    RecordView shown = view.getIfUnique();
    if (principal instanceof Authentication user && shown != null) {
      problem.setProperty("current", shown.of(e.record(Object.class), user));
    }
    return problem;
  }
}
