package io.civicline.hotline.store;

import static io.civicline.kit.lists.SearchFilters.addIfGiven;
import static io.civicline.kit.lists.SearchFilters.numberStarting;
import static io.civicline.kit.lists.SearchFilters.words;

import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.lists.PageCursor;
import io.civicline.kit.lists.ResultPage;
import io.civicline.kit.lists.SearchWords;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/**
 * The ticket search: its filters, newest first (receipt time, then id), a page at a time from a
 * {@link PageCursor}. Each filter the lists combine has a compound index ending in that order
 * ({@link TicketDocument}), so a page reads no more than it shows.
 */
@Repository
public class TicketListing {

  private static final Pattern NUMBER_PREFIX = Pattern.compile("12345-[0-9-]{0,15}");

  private final MongoTemplate mongo;

  TicketListing(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public ResultPage<Ticket> search(TicketQuery search) {
    List<Criteria> filters = new ArrayList<>();
    addIfGiven(filters, TicketDocument.STATUS, search.status());
    addIfGiven(filters, TicketDocument.DISTRICT, search.district());
    addIfGiven(filters, TicketDocument.CATEGORY, search.category());
    addIfGiven(filters, TicketDocument.TOPIC, search.topic());
    addIfGiven(filters, TicketDocument.CHANNEL, search.channel());
    addIfGiven(filters, TicketDocument.STREET, search.street());
    addIfGiven(filters, TicketDocument.OVERDUE, search.overdue());
    if (search.drillDown() != null) {
      filters.add(search.drillDown().criteria(search.department()));
    } else {
      addIfGiven(filters, TicketDocument.DEPARTMENT, search.department());
    }
    if (search.text() != null) {
      filters.add(textFilter(search.text(), search.matchPhone()));
    }
    return TicketDocument.NEWEST_FIRST.result(mongo, search.page(), filters);
  }

  /**
   * A ticket number's beginning matches numbers; a phone number is matched only exactly, and only
   * when the search may match phones; any other text, the words of the ticket ({@link
   * SearchWords}).
   */
  private static Criteria textFilter(String text, boolean matchPhone) {
    String trimmed = text.strip();
    if (NUMBER_PREFIX.matcher(trimmed).matches()) {
      return numberStarting(TicketDocument.NUMBER, trimmed);
    }
    if (matchPhone) {
      return Criteria.where(TicketDocument.PHONE).is(trimmed);
    }
    return words(trimmed);
  }
}
