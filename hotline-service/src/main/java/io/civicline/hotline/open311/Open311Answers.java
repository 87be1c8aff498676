package io.civicline.hotline.open311;

import io.civicline.kit.problem.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Open311's answers: a tree written in the asked format ({@link Open311Writer}), and every refusal
 * of its controllers as the specification's error list in the format the path names (XML when it
 * names none), never an RFC 9457 problem, which Open311 clients do not read.
 */
@RestControllerAdvice(assignableTypes = {Open311Controller.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Answers {

  /** The intake's field names as a GeoReport form names them. */
  private static final Map<String, String> FORM_NAMES =
      Map.of(
          "place.street", "attribute[STREET]",
          "place.address", "address_string",
          "place.latitude", "lat",
          "place.longitude", "long");

  private final Open311Writer writer;

  Open311Answers(Open311Writer writer) {
    this.writer = writer;
  }

  ResponseEntity<String> ok(Open311Format format, String root, Object tree) {
    return answer(HttpStatus.OK, format, root, tree);
  }

  @ExceptionHandler(Open311Failure.class)
  ResponseEntity<String> refused(Open311Failure failure, HttpServletRequest request) {
    Open311Format format = Open311Format.ofPath(request.getRequestURI());
    return answer(failure.status(), format, "errors", failure.tree());
  }

  /** The desk's refusal of a field, named as the form named it. */
  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<String> invalid(InvalidRequestException e, HttpServletRequest request) {
    return refused(
        new Open311Failure(
            HttpStatus.BAD_REQUEST,
            e.fields().stream()
                .map(
                    field ->
                        new Open311Failure.Error(
                            400,
                            FORM_NAMES.getOrDefault(field.field(), field.field())
                                + ": "
                                + field.message()))
                .toList()),
        request);
  }

  @ExceptionHandler({
    MissingServletRequestParameterException.class,
    MethodArgumentTypeMismatchException.class
  })
  ResponseEntity<String> badParameter(Exception e, HttpServletRequest request) {
    String name =
        e instanceof MissingServletRequestParameterException missing
            ? missing.getParameterName()
            : ((MethodArgumentTypeMismatchException) e).getName();
    return refused(
        new Open311Failure(
            HttpStatus.BAD_REQUEST,
            List.of(new Open311Failure.Error(400, name + ": missing or not readable"))),
        request);
  }

  private ResponseEntity<String> answer(
      HttpStatus status, Open311Format format, String root, Object tree) {
    return ResponseEntity.status(status)
        .contentType(format.mediaType())
        .body(writer.write(format, root, tree));
  }
}
