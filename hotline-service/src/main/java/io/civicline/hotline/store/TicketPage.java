package io.civicline.hotline.store;

import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.lists.PageCursor;
import java.util.List;

/**
 * One page of a search, newest first, and where the next starts ({@code next}, null on the last).
 * It says whether a next page exists instead of counting every match, which would scan a million
 * tickets for each page.
 */
public record TicketPage(List<Ticket> items, int page, int size, PageCursor next) {

  public boolean hasNext() {
    return next != null;
  }
}
