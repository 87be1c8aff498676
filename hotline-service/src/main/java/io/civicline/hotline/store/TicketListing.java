package io.civicline.hotline.store;

import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.lists.ListPage;
import io.civicline.kit.lists.PageCursor;
import io.civicline.kit.lists.ResultPage;
import io.civicline.kit.lists.SearchWords;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
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
    ListPage page = search.page();
    ListPage.Found<Ticket> shown =
        page.read(
            mongo,
            TicketDocument.class,
            filters,
            TicketDocument.RECEIVED_AT,
            Sort.Direction.DESC,
            TicketDocument::ticket,
            TicketListing::placeOf);
    return page.result(shown);
  }

  private static PageCursor placeOf(Ticket ticket) {
    return new PageCursor(ticket.intake().receivedAt(), ticket.id());
  }

  private static void addIfGiven(List<Criteria> filters, String path, Object value) {
    if (value != null) {
      filters.add(Criteria.where(path).is(value));
    }
  }

  /**
   * A ticket number's beginning matches numbers; a phone number is matched only exactly, and only
   * when the search may match phones; any other text, the words of the ticket ({@link
   * SearchWords}).
   */
  private static Criteria textFilter(String text, boolean matchPhone) {
    String trimmed = text.strip();
    if (NUMBER_PREFIX.matcher(trimmed).matches()) {
      return Criteria.where(TicketDocument.NUMBER).regex("^" + Pattern.quote(trimmed));
    }
    if (matchPhone) {
      return Criteria.where(TicketDocument.PHONE).is(trimmed);
    }
    List<String> words = SearchWords.ofQuery(trimmed);
    // No word to match: a criterion nothing meets, as no document lacks an id.
    return words.isEmpty()
        ? Criteria.where("_id").exists(false)
        : Criteria.where(SearchWords.FIELD).all(words);
  }
}
