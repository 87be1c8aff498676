package io.civicline.mediation.api;

import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.mediation.domain.CaseRules;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Staff;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;

/** The case's version as an HTTP entity tag, both ways, and the usual case response. */
final class CaseResponses {

  private static final Pattern ENTITY_TAG = Pattern.compile("^(?:W/)?\"?([0-9]{1,18})\"?$");

  private CaseResponses() {}

  static String etag(MediationCase mediationCase) {
    return "\"" + mediationCase.version() + "\"";
  }

  static ResponseEntity<CaseView> ok(
      MediationCase mediationCase, Staff viewer, CaseRules rules, Instant now) {
    return ResponseEntity.ok()
        .eTag(etag(mediationCase))
        .body(CaseView.of(mediationCase, viewer, rules, now));
  }

  /**
   * The version the user saw: the {@code If-Match} header if given (e.g. {@code "3"}), else the
   * body's {@code version}, else none (the action applies to the case as it is).
   */
  static Long expectedVersion(String ifMatch, Long bodyVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return bodyVersion;
    }
    Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
    if (!matcher.matches()) {
      throw new InvalidRequestException("If-Match", "must be the case's ETag, e.g. \"3\"");
    }
    return Long.valueOf(matcher.group(1));
  }
}
