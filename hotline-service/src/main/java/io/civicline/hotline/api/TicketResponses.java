package io.civicline.hotline.api;

import io.civicline.hotline.CallerDisclosure;
import io.civicline.hotline.PlaceDisclosure;
import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.problem.EntityVersions;
import io.civicline.kit.problem.RecordView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The ticket's version as an HTTP entity tag, both ways, and the ticket as one user sees it (its
 * caller and place disclosed, and recorded, as {@link CallerDisclosure} and {@link PlaceDisclosure}
 * decide), also in a 409's {@code current}.
 */
@Component
class TicketResponses implements RecordView {

  private final CallerDisclosure callers;
  private final PlaceDisclosure places;
  private final TicketDesk desk;
  private final StaffResolver staff;

  TicketResponses(
      CallerDisclosure callers, PlaceDisclosure places, TicketDesk desk, StaffResolver staff) {
    this.callers = callers;
    this.places = places;
    this.desk = desk;
    this.staff = staff;
  }

  @Override
  public Object of(Object record, Authentication user) {
    return view((Ticket) record, staff.of(user));
  }

  static String etag(Ticket ticket) {
    return EntityVersions.etag(ticket.version());
  }

  TicketView view(Ticket ticket, Staff viewer) {
    return TicketView.of(
        ticket,
        viewer,
        callers.shownTo(viewer, ticket),
        places.shownTo(viewer, ticket),
        desk.now());
  }

  ResponseEntity<TicketView> ok(Ticket ticket, Staff viewer) {
    return ResponseEntity.ok().eTag(etag(ticket)).body(view(ticket, viewer));
  }

  static Long expectedVersion(String ifMatch, Long bodyVersion) {
    return EntityVersions.expected(ifMatch, bodyVersion, "the ticket's");
  }
}
