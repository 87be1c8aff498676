package io.civicline.hotline.api;

import io.civicline.hotline.store.TicketPage;
import java.util.List;

/** One page of search results, newest first, and whether there is a next page. */
record TicketPageView(List<TicketSummary> items, int page, int size, boolean hasNext) {

  static TicketPageView of(TicketPage page) {
    return new TicketPageView(
        page.items().stream().map(TicketSummary::of).toList(),
        page.page(),
        page.size(),
        page.hasNext());
  }
}
