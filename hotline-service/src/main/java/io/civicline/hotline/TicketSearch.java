package io.civicline.hotline;

import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.store.TicketListing;
import io.civicline.hotline.store.TicketPage;
import io.civicline.hotline.store.TicketQuery;
import io.civicline.kit.privacy.PhoneSearches;
import org.springframework.stereotype.Service;

/**
 * The ticket search as one user may make it (API and console): an agent's whole phone number
 * matches callers' phones, rate-limited and recorded; nobody else's text ever matches a phone.
 */
@Service
public class TicketSearch {

  private final TicketListing listing;
  private final PhoneSearches phoneSearches;

  TicketSearch(TicketListing listing, PhoneSearches phoneSearches) {
    this.listing = listing;
    this.phoneSearches = phoneSearches;
  }

  /** {@code route} names where the search came from, for the access log. */
  public TicketPage search(TicketQuery query, Staff viewer, String route) {
    if (!viewer.isAgent() || !PhoneSearches.isFullNumber(query.text())) {
      return listing.search(query);
    }
    phoneSearches.admit(viewer.name());
    TicketPage found = listing.search(query.matchingPhone());
    phoneSearches.found(viewer.name(), route, found.items().stream().map(Ticket::id).toList());
    return found;
  }
}
