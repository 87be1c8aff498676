package io.civicline.hotline;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.domain.ReceiveTicket;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.store.TicketNumbers;
import io.civicline.hotline.store.TicketStore;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.kit.problem.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/** What agents do with tickets: the use cases between the API and the aggregate. */
@Service
public class TicketDesk {

  private final TicketStore store;
  private final TicketNumbers numbers;
  private final ReferenceData reference;
  private final Clock clock;
  private final ZoneId cityZone;

  TicketDesk(TicketStore store, TicketNumbers numbers, ReferenceData reference, Clock clock) {
    this.store = store;
    this.numbers = numbers;
    this.reference = reference;
    this.clock = clock;
    this.cityZone = ZoneId.of(reference.city().zone());
  }

  public Ticket receive(ReceiveTicket command) {
    checkCodes(command);
    Instant now = clock.instant();
    String number = numbers.next(LocalDate.ofInstant(now, cityZone));
    Ticket.Change change = Ticket.receive(new ObjectId().toHexString(), number, command, now);
    store.insert(change);
    return change.ticket();
  }

  public Ticket get(String id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("ticket", id));
  }

  private void checkCodes(ReceiveTicket command) {
    List<FieldProblem> problems = new ArrayList<>();
    if (reference.channel(command.channel()).isEmpty()) {
      problems.add(new FieldProblem("channel", "unknown channel code"));
    }
    if (reference.ticketCategory(command.category()).isEmpty()) {
      problems.add(new FieldProblem("category", "unknown category code"));
    }
    if (reference.district(command.district()).isEmpty()) {
      problems.add(new FieldProblem("district", "unknown district code"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }
}
