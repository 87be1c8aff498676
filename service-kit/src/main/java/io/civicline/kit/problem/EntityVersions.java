package io.civicline.kit.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's version as an HTTP entity tag, both ways: the {@code ETag} of a response, and the
 * version a client saw, from its {@code If-Match} header or the body's {@code version}.
 */
public final class EntityVersions {

  private static final Pattern ENTITY_TAG = Pattern.compile("^(?:W/)?\"?([0-9]{1,18})\"?$");

  private EntityVersions() {}

  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version the user saw: the {@code If-Match} header if given (e.g. {@code "3"}), else the
   * body's {@code version}, else none (the action applies to the case as it is).
   *
   * @param what what the version is of, for the problem ("the ticket's")
   */
  public static Long expected(String ifMatch, Long bodyVersion, String what) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return bodyVersion;
    }
    Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
    if (!matcher.matches()) {
      throw new InvalidRequestException("If-Match", "must be " + what + " ETag, e.g. \"3\"");
    }
    return Long.valueOf(matcher.group(1));
  }
}
