package io.civicline.kit.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How an interface with its own error format (Open311's error lists) answers a request the service
 * refuses before any controller runs (bad bytes, {@link RequestBytesCheck}); every other path gets
 * an RFC 9457 problem.
 */
public interface RefusalFormat {

  /** Whether this format answers {@code request}. */
  boolean answers(HttpServletRequest request);

  /** Writes the refusal: a 400 whose text is {@code detail}. */
  void writeBadRequest(HttpServletRequest request, HttpServletResponse response, String detail)
      throws IOException;
}
