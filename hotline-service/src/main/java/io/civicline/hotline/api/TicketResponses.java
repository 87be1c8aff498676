package io.civicline.hotline.api;

import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;

/** The ticket's version as an HTTP entity tag, both ways, and the usual ticket response. */
final class TicketResponses {

  private static final Pattern ENTITY_TAG = Pattern.compile("^(?:W/)?\"?([0-9]{1,18})\"?$");

  private TicketResponses() {}

  static String etag(Ticket ticket) {
    return "\"" + ticket.version() + "\"";
  }

  static ResponseEntity<TicketView> ok(Ticket ticket, Staff viewer, Instant now) {
    return ResponseEntity.ok().eTag(etag(ticket)).body(TicketView.of(ticket, viewer, now));
  }

  /**
   * The version the user saw: the {@code If-Match} header if given (e.g. {@code "3"}), else the
   * body's {@code version}, else none (the action applies to the ticket as it is).
   */
  static Long expectedVersion(String ifMatch, Long bodyVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return bodyVersion;
    }
    Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
    if (!matcher.matches()) {
      throw new InvalidRequestException(
          List.of(new FieldProblem("If-Match", "must be the ticket's ETag, e.g. \"3\"")));
    }
    return Long.valueOf(matcher.group(1));
  }
}
