package io.civicline.hotline.api;

import io.civicline.hotline.domain.Callback;
import io.civicline.hotline.domain.Caller;
import io.civicline.hotline.domain.Dispatch;
import io.civicline.hotline.domain.HistoryEntry;
import io.civicline.hotline.domain.Intake;
import io.civicline.hotline.domain.Milestones;
import io.civicline.hotline.domain.Place;
import io.civicline.hotline.domain.Reply;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketAction;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A ticket as the API shows it to one user: the caller as much as they may see, its audit trail,
 * and the actions this user can take on it now.
 */
record TicketView(
    String id,
    String number,
    long version,
    String status,
    String channel,
    String category,
    String topic,
    String district,
    String urgency,
    CallerView caller,
    String description,
    String answer,
    Instant receivedAt,
    String receivedBy,
    Dispatch dispatch,
    Reply reply,
    List<Callback> callbacks,
    Milestones milestones,
    List<HistoryEntry> history,
    Set<TicketAction> allowedActions,
    PlaceView place) {

  /** The place as the viewer may see it: the street always, the rest to those working on it. */
  record PlaceView(String street, String address, Double latitude, Double longitude) {

    static PlaceView of(Place place) {
      if (place == null) {
        return null;
      }
      Place.Coordinates at = place.coordinates();
      return new PlaceView(
          place.street(),
          place.address(),
          at == null ? null : at.latitude(),
          at == null ? null : at.longitude());
    }
  }

  record CallerView(String name, String phone, boolean anonymous) {

    static CallerView of(Caller caller) {
      return new CallerView(caller.name(), caller.phone(), caller.anonymous());
    }
  }

  /**
   * {@code caller} and {@code place}: as {@link io.civicline.hotline.CallerDisclosure} and {@link
   * io.civicline.hotline.PlaceDisclosure} show them to the viewer.
   */
  static TicketView of(Ticket ticket, Staff viewer, Caller caller, Place place, Instant now) {
    Intake intake = ticket.intake();
    return new TicketView(
        ticket.id(),
        ticket.number(),
        ticket.version(),
        ticket.status().name(),
        intake.channel(),
        intake.category(),
        intake.topic(),
        intake.district(),
        intake.urgency().name(),
        CallerView.of(caller),
        intake.description(),
        intake.answer(),
        intake.receivedAt(),
        intake.receivedBy(),
        ticket.dispatch(),
        ticket.reply(),
        ticket.callbacks(),
        ticket.milestones(),
        ticket.history(),
        viewer.actionsOn(ticket, now),
        PlaceView.of(place));
  }
}
