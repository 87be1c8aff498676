package io.civicline.mediation.store;

import static io.civicline.kit.lists.SearchFilters.addIfGiven;
import static io.civicline.kit.lists.SearchFilters.numberStarting;
import static io.civicline.kit.lists.SearchFilters.words;

import io.civicline.kit.lists.PageCursor;
import io.civicline.kit.lists.ResultPage;
import io.civicline.kit.lists.SearchWords;
import io.civicline.mediation.domain.CaseScope;
import io.civicline.mediation.domain.MediationCase;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/**
 * The case search: its filters, newest first (registration time, then id), a page at a time from a
 * {@link PageCursor}. Each filter the lists combine has a compound index ending in that order
 * ({@link CaseDocument}), so a page reads no more than it shows.
 */
@Repository
public class CaseListing {

  private static final Pattern CASE_NUMBER_PREFIX = Pattern.compile("MED-[0-9-]{0,15}");
  private static final Pattern TICKET_NUMBER = Pattern.compile("12345-[0-9]{8}-[0-9]{6}");

  private final MongoTemplate mongo;

  CaseListing(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * The cases the search finds within the scope (every case when it is null); its text never
   * matches a party's phone (see {@link #searchByPhone}).
   */
  public ResultPage<MediationCase> search(CaseQuery search, CaseScope scope) {
    return find(search, scope, search.text() == null ? null : textFilter(search.text()));
  }

  /**
   * The search, its text a whole phone number matched exactly against the parties', among the cases
   * assigned to {@code mediator} alone.
   */
  public ResultPage<MediationCase> searchByPhone(CaseQuery search, String mediator) {
    return find(
        search,
        null,
        Criteria.where(CaseDocument.PHONE)
            .is(search.text().strip())
            .and(CaseDocument.MEDIATOR)
            .is(mediator));
  }

  private ResultPage<MediationCase> find(CaseQuery search, CaseScope scope, Criteria text) {
    List<Criteria> filters = new ArrayList<>();
    if (scope != null) {
      filters.add(within(scope));
    }
    addIfGiven(filters, CaseDocument.STATUS, search.status());
    addIfGiven(filters, CaseDocument.DISPUTE_TYPE, search.disputeType());
    addIfGiven(filters, CaseDocument.DISTRICT, search.district());
    addIfGiven(filters, CaseDocument.BODY, search.body());
    addIfGiven(filters, CaseDocument.MEDIATOR, search.mediator());
    addIfGiven(filters, CaseDocument.SOURCE, search.source());
    addIfGiven(filters, CaseDocument.OVERDUE, search.overdue());
    addIfGiven(filters, CaseDocument.TICKET_ID, search.ticketId());
    if (search.registeredFrom() != null || search.registeredBefore() != null) {
      Criteria registered = Criteria.where(CaseDocument.REGISTERED_AT);
      if (search.registeredFrom() != null) {
        registered.gte(search.registeredFrom());
      }
      if (search.registeredBefore() != null) {
        registered.lt(search.registeredBefore());
      }
      filters.add(registered);
    }
    if (text != null) {
      filters.add(text);
    }
    if (search.fact() != null) {
      filters.add(FactCriteria.of(search.fact()));
    }
    return CaseDocument.NEWEST_FIRST.result(mongo, search.page(), filters);
  }

  /** {@link CaseScope#covers} as a query: the scope's bodies, or unassigned in its districts. */
  static Criteria within(CaseScope scope) {
    return new Criteria()
        .orOperator(
            Criteria.where(CaseDocument.BODY).in(scope.bodies()),
            Criteria.where(CaseDocument.BODY)
                .is(null)
                .and(CaseDocument.DISTRICT)
                .in(scope.districts()));
  }

  /**
   * A case number's beginning matches numbers, a whole 12345 ticket number the case of that ticket;
   * any other text, the words of the case ({@link SearchWords}).
   */
  private static Criteria textFilter(String text) {
    String trimmed = text.strip();
    if (CASE_NUMBER_PREFIX.matcher(trimmed).matches()) {
      return numberStarting(CaseDocument.NUMBER, trimmed);
    }
    if (TICKET_NUMBER.matcher(trimmed).matches()) {
      return Criteria.where(CaseDocument.TICKET_NUMBER).is(trimmed);
    }
    return words(trimmed);
  }
}
