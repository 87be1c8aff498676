package io.civicline.hotline.api;

import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.problem.EntityVersions;
import java.time.Instant;
import org.springframework.http.ResponseEntity;

/** The ticket's version as an HTTP entity tag, both ways, and the usual ticket response. */
final class TicketResponses {

  private TicketResponses() {}

  static String etag(Ticket ticket) {
    return EntityVersions.etag(ticket.version());
  }

  static ResponseEntity<TicketView> ok(Ticket ticket, Staff viewer, Instant now) {
    return ResponseEntity.ok().eTag(etag(ticket)).body(TicketView.of(ticket, viewer, now));
  }

  static Long expectedVersion(String ifMatch, Long bodyVersion) {
    return EntityVersions.expected(ifMatch, bodyVersion, "the ticket's");
  }
}
