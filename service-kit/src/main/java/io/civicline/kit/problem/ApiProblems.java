package io.civicline.kit.problem;

import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error into an RFC 9457 problem response. Bad input is a 4xx that names what is wrong;
 * only a fault of ours is a 500, and it says nothing about our internals.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  public static final URI INVALID_REQUEST = URI.create("urn:civicline:problem:invalid-request");
  public static final URI CONFLICT = URI.create("urn:civicline:problem:conflict");
  public static final URI NOT_FOUND = URI.create("urn:civicline:problem:not-found");
  public static final URI UNAVAILABLE = URI.create("urn:civicline:problem:unavailable");

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalidRequest(InvalidRequestException e) {
    String detail =
        e.fields().stream()
            .map(field -> field.field() + ": " + field.message())
            .collect(java.util.stream.Collectors.joining("; ", "Invalid fields: ", "."));
    return invalid(detail, e.fields());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setType(NOT_FOUND);
    return problem;
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Forbidden");
    return problem;
  }

  @ExceptionHandler(TooManyRequestsException.class)
  ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
        .body(problem);
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setType(CONFLICT);
    if (e.current() != null) {
      problem.setProperty("current", e.current());
    }
    return problem;
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ProblemDetail duplicate(DuplicateKeyException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "This record already exists.");
    problem.setType(CONFLICT);
    return problem;
  }

  @ExceptionHandler(DataAccessResourceFailureException.class)
  ResponseEntity<ProblemDetail> storeUnavailable(DataAccessResourceFailureException e) {
    log.warn("database unavailable: {}", e.getMessage());
    return unavailable(
        "The database is not reachable right now; nothing was changed. Retry shortly.");
  }

  @ExceptionHandler(UnavailableException.class)
  ResponseEntity<ProblemDetail> unavailable(UnavailableException e) {
    log.info("unavailable: {}", e.getMessage());
    return unavailable(e.getMessage() + ". Retry shortly.");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("unexpected error", e);
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged.");
  }

  /** A 503 problem with Retry-After, for a dependency that is not ready yet. */
  public static ResponseEntity<ProblemDetail> unavailable(String detail) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
    problem.setType(UNAVAILABLE);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "2")
        .body(problem);
  }

  public static ProblemDetail invalid(String detail, List<FieldProblem> fields) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(INVALID_REQUEST);
    problem.setTitle("Invalid request");
    problem.setProperty("errors", fields);
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> fields =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
            .toList();
    return ResponseEntity.badRequest().body(invalid("The request has invalid fields.", fields));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> fields =
        e.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldProblem(
                                    result.getMethodParameter().getParameterName(),
                                    error.getDefaultMessage())))
            .toList();
    return ResponseEntity.badRequest().body(invalid("The request has invalid parameters.", fields));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(
            invalid(
                "The parameter '" + e.getParameterName() + "' is required.",
                List.of(new FieldProblem(e.getParameterName(), "is required"))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (tooLarge(e) instanceof RequestBodyLimit.TooLargeException tooLarge) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }
    String field = fieldOf(e);
    if (e.getCause() instanceof CleanJsonStrings.ForbiddenCharacterException forbidden) {
      String where = field == null ? "The body" : "The field '" + field + "'";
      return ResponseEntity.badRequest()
          .body(
              invalid(
                  where + " " + forbidden.getOriginalMessage() + ", which no field takes.",
                  List.of(new FieldProblem(field == null ? "" : field, "control character"))));
    }
    String detail =
        field == null
            ? "The body is not valid JSON."
            : "The field '" + field + "' has a value of the wrong type or format.";
    List<FieldProblem> fields =
        field == null ? List.of() : List.of(new FieldProblem(field, "wrong type or format"));
    return ResponseEntity.badRequest().body(invalid(detail, fields));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return invalid(
        "The parameter '" + e.getName() + "' has a value of the wrong type.",
        List.of(new FieldProblem(e.getName(), "wrong type")));
  }

  private static Throwable tooLarge(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestBodyLimit.TooLargeException) {
        return cause;
      }
    }
    return null;
  }

  private static String fieldOf(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (JacksonException.Reference ref : databind.getPath()) {
        if (ref.getPropertyName() != null) {
          path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
      return path.isEmpty() ? null : path.toString();
    }
    return null;
  }
}
