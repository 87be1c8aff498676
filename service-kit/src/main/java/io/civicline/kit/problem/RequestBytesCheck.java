package io.civicline.kit.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose parameters the container cannot decode (bad percent-encoding or UTF-8,
 * too many) or whose parameters or headers carry {@link ForbiddenCharacters}, with a 400 problem on
 * every path (or in a {@link RefusalFormat} of its own), before security or anything else reads
 * them: otherwise the first filter to call {@code getParameter} fails with a 500, and a NUL reaches
 * the database. The refused input is never echoed, and a parameter or header is named only when its
 * name is clean.
 */
public class RequestBytesCheck extends OncePerRequestFilter {

  static final String TITLE = "Bad request bytes";
  private static final int MAX_NAMED = 64;

  private final RefusalLog log;
  private final List<RefusalFormat> formats;

  RequestBytesCheck(RefusalLog log, List<RefusalFormat> formats) {
    this.log = log;
    this.formats = List.copyOf(formats);
  }

  /** Why a request is refused: what the log says and what the client is told. */
  private record Refusal(String kind, String detail) {}

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Refusal refusal = headers(request);
    if (refusal == null) {
      refusal = parameters(request);
    }
    if (refusal == null) {
      chain.doFilter(request, response);
      return;
    }
    log.refused(request, refusal.kind());
    for (RefusalFormat format : formats) {
      if (format.answers(request)) {
        format.writeBadRequest(request, response, refusal.detail());
        return;
      }
    }
    ProblemResponses.write(
        response, HttpStatus.BAD_REQUEST, ApiProblems.INVALID_REQUEST, TITLE, refusal.detail());
  }

  private static Refusal headers(HttpServletRequest request) {
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        if (!ForbiddenCharacters.cleanName(name) || !ForbiddenCharacters.cleanHeaderValue(value)) {
          return new Refusal(
              "control character in a header", "The header " + named(name) + unacceptable());
        }
      }
    }
    return null;
  }

  private static Refusal parameters(HttpServletRequest request) {
    Map<String, String[]> parameters;
    try {
      parameters = request.getParameterMap();
    } catch (IllegalStateException e) {
      // The container's own words for it (Tomcat's InvalidParameterException), without the input.
      if (isMultipart(request)) {
        return new Refusal(
            "unreadable multipart body",
            "The multipart body cannot be read: it is larger than an upload may be, has too many"
                + " parts, or is malformed. Nothing was read.");
      }
      return new Refusal(
          "undecodable parameters",
          "The request's parameters cannot be decoded: a percent-encoding or UTF-8 sequence is"
              + " invalid, or there are too many. Nothing was read.");
    }
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      boolean clean = ForbiddenCharacters.cleanName(parameter.getKey());
      for (String value : parameter.getValue()) {
        // A null value comes from no container, but from MockMvc: it carries no bytes at all.
        clean = clean && (value == null || ForbiddenCharacters.cleanText(value));
      }
      if (!clean) {
        return new Refusal(
            "control character in a parameter",
            "The parameter " + named(parameter.getKey()) + unacceptable());
      }
    }
    return null;
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }

  private static String named(String name) {
    return ForbiddenCharacters.cleanName(name) && name.length() <= MAX_NAMED
        ? "'" + name + "'"
        : "(name not shown)";
  }

  private static String unacceptable() {
    return " contains a control character or an unpaired surrogate, which no field takes."
        + " Nothing was read.";
  }
}
