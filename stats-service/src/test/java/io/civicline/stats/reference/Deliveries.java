package io.civicline.stats.reference;

import io.civicline.events.TicketEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * How Kafka may hand the events to the topology (docs/design.md, "Delivery guarantees"): tickets
 * interleaved, some events twice (a redelivery, also long after), some of a ticket out of order (a
 * later version before an earlier one, which the topology then drops as not newer).
 */
final class Deliveries {

  private Deliveries() {}

  static List<TicketEvent> of(List<Journey> journeys, Random random) {
    List<Deque<TicketEvent>> perTicket = new ArrayList<>();
    for (Journey journey : journeys) {
      perTicket.add(new ArrayDeque<>(disordered(journey.events(), random)));
    }
    List<TicketEvent> all = new ArrayList<>();
    while (!perTicket.isEmpty()) {
      int pick = random.nextInt(perTicket.size());
      Deque<TicketEvent> next = perTicket.get(pick);
      all.add(next.poll());
      if (next.isEmpty()) {
        Collections.swap(perTicket, pick, perTicket.size() - 1);
        perTicket.remove(perTicket.size() - 1);
      }
    }
    return all;
  }

  /** One ticket's events: some neighbours swapped, some delivered again later. */
  static List<TicketEvent> disordered(List<TicketEvent> events, Random random) {
    List<TicketEvent> order = new ArrayList<>(events);
    for (int i = 0; i + 1 < order.size(); i++) {
      if (random.nextInt(6) == 0) {
        Collections.swap(order, i, i + 1);
        i++;
      }
    }
    int again = random.nextInt(3);
    for (int n = 0; n < again; n++) {
      TicketEvent repeated = events.get(random.nextInt(events.size()));
      order.add(random.nextInt(order.size() + 1), repeated);
    }
    return order;
  }
}
