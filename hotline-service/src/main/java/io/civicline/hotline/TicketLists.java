package io.civicline.hotline;

import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.store.TicketListing;
import io.civicline.hotline.store.TicketQuery;
import io.civicline.hotline.store.TicketStore;
import io.civicline.kit.lists.ResultPage;
import io.civicline.kit.privacy.PhoneSearches;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.security.Roles;
import java.util.List;
import org.springframework.stereotype.Service;

/** The lists of tickets a user may read: their queue, and searches as they may make them. */
@Service
public class TicketLists {

  private final TicketStore store;
  private final TicketListing listing;
  private final PhoneSearches phoneSearches;

  TicketLists(TicketStore store, TicketListing listing, PhoneSearches phoneSearches) {
    this.store = store;
    this.listing = listing;
    this.phoneSearches = phoneSearches;
  }

  /**
   * A search as this viewer may make it: an agent's whole phone number matches callers' phones
   * (rate-limited and recorded, {@code route} naming where it came from); nobody else's text ever
   * matches a phone.
   */
  public ResultPage<Ticket> search(TicketQuery query, Staff viewer, String route) {
    if (!viewer.isAgent() || !PhoneSearches.isFullNumber(query.text())) {
      return listing.search(query);
    }
    phoneSearches.admit(viewer.name());
    ResultPage<Ticket> found = listing.search(query.matchingPhone());
    phoneSearches.found(viewer.name(), route, found.items().stream().map(Ticket::id).toList());
    return found;
  }

  /**
   * The tickets waiting for this user: the agents' queue (admins read it too), or their
   * department's tickets; nobody else has a queue (fails closed rather than showing the agents').
   */
  public List<Ticket> queueOf(Staff staff, int size) {
    if (staff.isAgent() || staff.roles().contains(Roles.ADMIN)) {
      return store.agentQueue(size);
    }
    if (staff.department() != null) {
      return store.departmentQueue(staff.department(), size);
    }
    throw new ForbiddenException("Your account has no queue: no agent, admin or department.");
  }
}
