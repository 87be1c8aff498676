package io.civicline.hotline.open311;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request GeoReport v2 refuses: its HTTP status (404 for what does not exist, 403 for a missing
 * or wrong api_key, 400 for anything else) and the errors the answer lists, each a code (the
 * status) and a description the client may show its user.
 */
final class Open311Failure extends RuntimeException {

  /** One error of the answer's list. */
  record Error(int code, String description) {}

  private final HttpStatus status;
  private final transient List<Error> errors;

  Open311Failure(HttpStatus status, List<Error> errors) {
    super(errors.isEmpty() ? status.getReasonPhrase() : errors.get(0).description());
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  static Open311Failure badRequest(String field, String description) {
    return of(HttpStatus.BAD_REQUEST, field + ": " + description);
  }

  static Open311Failure notFound(String description) {
    return of(HttpStatus.NOT_FOUND, description);
  }

  static Open311Failure forbidden(String description) {
    return of(HttpStatus.FORBIDDEN, description);
  }

  private static Open311Failure of(HttpStatus status, String description) {
    return new Open311Failure(status, List.of(new Error(status.value(), description)));
  }

  HttpStatus status() {
    return status;
  }

  List<Error> errors() {
    return errors;
  }

  /** The answer's error list. */
  Open311Tree.Items tree() {
    return new Open311Tree.Items(
        "error",
        errors.stream()
            .map(
                error ->
                    Open311Tree.fields("code", error.code(), "description", error.description()))
            .toList());
  }
}
