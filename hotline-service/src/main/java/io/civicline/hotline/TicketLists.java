package io.civicline.hotline;

import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.store.QueueListing;
import io.civicline.hotline.store.TicketListing;
import io.civicline.hotline.store.TicketQuery;
import io.civicline.kit.lists.QueueCursor;
import io.civicline.kit.lists.QueueOrder;
import io.civicline.kit.lists.ResultPage;
import io.civicline.kit.privacy.PhoneSearches;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.security.Roles;
import org.springframework.stereotype.Service;

/** The lists of tickets a user may read: their queue, and searches as they may make them. */
@Service
public class TicketLists {

  private final QueueListing queues;
  private final TicketListing listing;
  private final PhoneSearches phoneSearches;

  TicketLists(QueueListing queues, TicketListing listing, PhoneSearches phoneSearches) {
    this.queues = queues;
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
   * A page of the tickets waiting for this user, past {@code after} (from the start when null): the
   * agents' queue (admins read it too), or their department's; nobody else has a queue (fails
   * closed rather than showing the agents').
   */
  public QueueOrder.Page<Ticket> queueOf(Staff staff, int size, QueueCursor after) {
    if (staff.isAgent() || staff.roles().contains(Roles.ADMIN)) {
      return queues.agents(size, after);
    }
    if (staff.department() != null) {
      return queues.department(staff.department(), size, after);
    }
    throw new ForbiddenException("Your account has no queue: no agent, admin or department.");
  }
}
