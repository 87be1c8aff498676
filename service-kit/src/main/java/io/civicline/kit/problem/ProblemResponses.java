package io.civicline.kit.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem straight to a servlet response, for the filters that answer before a
 * controller (and so {@link ApiProblems}) is reached.
 */
public final class ProblemResponses {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemResponses() {}

  /**
   * @param instance the request URI the problem is about, or {@code null} to leave it out
   */
  public static void write(
      HttpServletResponse response, HttpStatus status, String detail, String instance)
      throws IOException {
    write(response, status, URI.create("about:blank"), status.getReasonPhrase(), detail, instance);
  }

  /** A problem of a given type and title, about no particular instance. */
  public static void write(
      HttpServletResponse response, HttpStatus status, URI type, String title, String detail)
      throws IOException {
    write(response, status, type, title, detail, null);
  }

  private static void write(
      HttpServletResponse response,
      HttpStatus status,
      URI type,
      String title,
      String detail,
      String instance)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", type.toString());
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    if (instance != null) {
      problem.put("instance", instance);
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(JSON.writeValueAsBytes(problem));
  }
}
