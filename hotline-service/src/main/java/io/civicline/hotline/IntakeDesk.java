package io.civicline.hotline;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.domain.ReceiveTicket;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.store.TicketNumbers;
import io.civicline.hotline.store.TicketStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * Where tickets come in (受理): an agent logs a call or message, a citizen submits a request on the
 * citizen page or through Open311. Each new ticket gets the day's next number in the city's
 * calendar. What is done with a ticket afterwards is {@link TicketDesk}'s.
 */
@Service
public class IntakeDesk {

  private final TicketStore store;
  private final TicketNumbers numbers;
  private final IntakeCodes codes;
  private final Clock clock;
  private final ZoneId cityZone;

  IntakeDesk(
      TicketStore store,
      TicketNumbers numbers,
      IntakeCodes codes,
      ReferenceData reference,
      Clock clock) {
    this.store = store;
    this.numbers = numbers;
    this.codes = codes;
    this.clock = clock;
    this.cityZone = ZoneId.of(reference.city().zone());
  }

  public Ticket receive(ReceiveTicket command) {
    return receive(command, number -> null);
  }

  /**
   * Receives a ticket a citizen submitted themselves, stored with the hash of the code they follow
   * it with, which {@code lookupCodeHash} makes of the ticket's number (drawn once the command is
   * known to be good).
   */
  public Ticket receive(ReceiveTicket command, UnaryOperator<String> lookupCodeHash) {
    codes.check(command);
    Instant now = clock.instant();
    String number = numbers.next(LocalDate.ofInstant(now, cityZone));
    Ticket.Change change = Ticket.receive(new ObjectId().toHexString(), number, command, now);
    store.insert(change, lookupCodeHash.apply(number));
    return change.ticket();
  }
}
