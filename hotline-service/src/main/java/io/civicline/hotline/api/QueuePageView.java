package io.civicline.hotline.api;

import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.lists.QueueOrder;
import java.util.List;

/**
 * One page of a work queue, in its order; {@code next} the cursor of the next page (its {@code
 * after}), null on the last.
 */
public record QueuePageView(List<TicketSummary> items, String next) {

  public static QueuePageView of(QueueOrder.Page<Ticket> page) {
    return new QueuePageView(
        page.items().stream().map(TicketSummary::of).toList(),
        page.next() == null ? null : page.next().token());
  }
}
