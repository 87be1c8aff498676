package io.civicline.stats.figures;

import io.civicline.events.TicketSnapshot;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * A figure counted from hotline tickets: a ticket counts once in it, in the periods containing the
 * instant {@code countedAt} gives, or not at all when that is null (the ticket has not got there
 * yet or does not qualify).
 */
public record TicketFigure(String name, Function<TicketSnapshot, Instant> countedAt) {

  /**
   * Tickets created in the period, all channels; a duplicate (重复件) counts once, with its original,
   * so it leaves the count when it is marked.
   */
  public static final TicketFigure RECEIVED =
      new TicketFigure("received", s -> s.duplicateOf() == null ? s.receivedAt() : null);

  public TicketFigure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(countedAt, "countedAt");
  }

  Instant instantOf(TicketSnapshot snapshot) {
    return countedAt.apply(snapshot);
  }
}
