package io.civicline.hotline;

import io.civicline.hotline.domain.Place;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.privacy.PersonalDataLog;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How much of a ticket's place a user sees, API and console alike: those who work the ticket now
 * (agents, and the department holding it) its address and coordinates, everyone else its street
 * only. Every display of the address or coordinates is recorded in the access log first, as {@link
 * CallerDisclosure} records the caller's.
 */
@Component
public class PlaceDisclosure {

  private final PersonalDataLog log;

  PlaceDisclosure(PersonalDataLog log) {
    this.log = log;
  }

  /** The place as {@code viewer} sees it; null when the ticket has none. */
  public Place shownTo(Staff viewer, Ticket ticket) {
    Place place = ticket.intake().place();
    if (place == null) {
      return null;
    }
    Place shown = viewer.handles(ticket) ? place : place.streetOnly();
    List<String> inFull = new ArrayList<>();
    if (shown.address() != null) {
      inFull.add("place.address");
    }
    if (shown.coordinates() != null) {
      inFull.add("place.coordinates");
    }
    if (!inFull.isEmpty()) {
      log.shown(viewer.name(), ticket.id(), CallerDisclosure.route(), inFull);
    }
    return shown;
  }
}
