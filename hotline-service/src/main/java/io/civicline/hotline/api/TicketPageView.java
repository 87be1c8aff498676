package io.civicline.hotline.api;

import io.civicline.hotline.store.TicketPage;
import java.util.List;

/**
 * One page of search results, newest first; {@code next} the cursor of the next page (its {@code
 * after}), null on the last. {@code page} and {@code hasNext} are kept for clients from before
 * cursors.
 */
record TicketPageView(List<TicketSummary> items, int page, int size, boolean hasNext, String next) {

  static TicketPageView of(TicketPage page) {
    return new TicketPageView(
        page.items().stream().map(TicketSummary::of).toList(),
        page.page(),
        page.size(),
        page.hasNext(),
        page.hasNext() ? page.next().token() : null);
  }
}
