package io.civicline.hotline.citizen;

import io.civicline.hotline.IntakeDesk;
import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.TicketFiles;
import io.civicline.hotline.domain.CallbackRating;
import io.civicline.hotline.domain.ReceiveTicket;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketAction;
import io.civicline.hotline.store.TicketStore;
import io.civicline.kit.aggregate.VersionedActions;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What a citizen does with their own request on the citizen page: submit it ({@link IntakeDesk}, by
 * {@link CitizenRequestForm#RECEIVED_BY}, with a lookup code), find it again by its number and
 * code, and rate the answer with the callback's transition.
 */
@Component
class CitizenDesk {

  /** A submitted request: its number and the lookup code, which exists nowhere else. */
  record Submitted(String number, String code) {}

  private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z-]{1,40}");

  private final IntakeDesk intake;
  private final TicketDesk desk;
  private final TicketFiles files;
  private final TicketStore store;
  private final VersionedActions<Ticket, Ticket.Change> actions;

  CitizenDesk(
      IntakeDesk intake,
      TicketDesk desk,
      TicketFiles files,
      TicketStore store,
      VersionedActions<Ticket, Ticket.Change> actions) {
    this.intake = intake;
    this.desk = desk;
    this.files = files;
    this.store = store;
    this.actions = actions;
  }

  /** Receives the request, then attaches its photos (checked already: {@link CitizenPhotos}). */
  Submitted submit(ReceiveTicket command, CitizenPhotos photos) {
    String code = LookupCode.next();
    String normalized = LookupCode.normalized(code);
    Ticket ticket = intake.receive(command, number -> LookupCode.hash(number, normalized));
    if (!photos.sent().isEmpty()) {
      files.attach(ticket.id(), photos.sent(), CitizenRequestForm.RECEIVED_BY);
    }
    return new Submitted(ticket.number(), code);
  }

  /** The ticket of this number and code; empty alike for a wrong number and a wrong code. */
  Optional<Ticket> find(CitizenLookup lookup) {
    String normalized = LookupCode.normalized(lookup.code());
    String number = lookup.number();
    if (number == null || normalized == null || !NUMBER.matcher(number.strip()).matches()) {
      return Optional.empty();
    }
    String given = number.strip();
    return store.findByLookup(given, LookupCode.hash(given, normalized));
  }

  /** Whether the citizen may rate the answer now: when an agent could call them back about it. */
  static boolean mayRate(Ticket ticket, Instant now) {
    return ticket.allowedActions(now).contains(TicketAction.CALLBACK);
  }

  /**
   * The citizen's rating of the answer, as an agent records it at the callback: the state machine
   * takes it once (a second is a 409), on the ticket as the citizen saw it.
   */
  Ticket rate(Ticket ticket, CallbackRating rating, boolean solved) {
    return actions
        .take(
            ticket,
            ticket.version(),
            "rate the answer of",
            t -> t.callback(rating, solved, null, CitizenRequestForm.RECEIVED_BY, desk.now()))
        .ticket();
  }
}
