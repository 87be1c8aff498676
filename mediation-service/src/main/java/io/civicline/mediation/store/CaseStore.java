package io.civicline.mediation.store;

import io.civicline.events.Topics;
import io.civicline.kit.aggregate.VersionedStore;
import io.civicline.kit.outbox.OutboxEvent;
import io.civicline.kit.outbox.OutboxRelay;
import io.civicline.mediation.domain.CaseScope;
import io.civicline.mediation.domain.CaseStatus;
import io.civicline.mediation.domain.ClosingTime;
import io.civicline.mediation.domain.HotlineReferral;
import io.civicline.mediation.domain.MediationCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Saves a case together with the event its change caused in one single-document write, then asks
 * the relay to publish it. An update only applies to the version it was decided on (optimistic
 * locking), so of two concurrent changes one wins and the other is told.
 */
@Repository
public class CaseStore {

  /** The CloudEvents {@code source} of every case event. */
  public static final String SOURCE = "/mediation-service";

  private static final Pattern CASE_NUMBER_PREFIX = Pattern.compile("MED-[0-9-]{0,15}");
  private static final Pattern TICKET_NUMBER = Pattern.compile("12345-[0-9]{8}-[0-9]{6}");
  private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, CaseDocument.REGISTERED_AT);

  private final MongoTemplate mongo;
  private final VersionedStore<CaseDocument> records;

  CaseStore(MongoTemplate mongo, OutboxRelay relay) {
    this.mongo = mongo;
    this.records = new VersionedStore<>(mongo, relay, CaseDocument.class, CaseDocument.VERSION);
  }

  /**
   * Inserts a new case with its first event; a second case of the same hotline referral fails with
   * a {@link org.springframework.dao.DuplicateKeyException}.
   */
  public void insert(MediationCase.Change change) {
    MediationCase mediationCase = change.mediationCase();
    records.insert(
        mediationCase.id(),
        new CaseDocument(
            mediationCase.id(),
            mediationCase,
            ClosingTime.all(mediationCase),
            List.of(outboxOf(change))));
  }

  /**
   * Writes the changed case and appends its event to the outbox, if the stored case still has
   * {@code expectedVersion}; returns false, changing nothing, if someone else changed it first.
   */
  public boolean update(MediationCase.Change change, long expectedVersion) {
    MediationCase mediationCase = change.mediationCase();
    Update update =
        new Update()
            .set(CaseDocument.CASE, mediationCase)
            .set(CaseDocument.CLOSINGS, ClosingTime.all(mediationCase));
    return records.update(mediationCase.id(), expectedVersion, update, List.of(outboxOf(change)));
  }

  public Optional<MediationCase> find(String id) {
    return records.find(id).map(CaseDocument::mediationCase);
  }

  /**
   * Whether a case of this hotline referral exists. A case stored before referrals had ids is of
   * this referral if it was registered after the referral was made: a later referral of its ticket
   * can only follow the case's handing the ticket back.
   */
  public boolean holdsReferral(HotlineReferral referral) {
    Criteria sameReferral = Criteria.where(CaseDocument.REFERRAL_ID).is(referral.referralId());
    Criteria legacyCase =
        Criteria.where(CaseDocument.TICKET_ID)
            .is(referral.ticketId())
            .and(CaseDocument.REFERRAL_ID)
            .exists(false)
            .and(CaseDocument.REGISTERED_AT)
            .gte(referral.referredAt());
    return mongo.exists(
        new Query(new Criteria().orOperator(sameReferral, legacyCase)), CaseDocument.class);
  }

  /**
   * The cases the search finds within the scope (every case when it is null); its text never
   * matches a party's phone (see {@link #searchByPhone}).
   */
  public CasePage search(CaseQuery search, CaseScope scope) {
    return find(search, scope, search.text() == null ? null : textFilter(search.text()));
  }

  /**
   * The search, its text a whole phone number matched exactly against the parties', among the cases
   * assigned to {@code mediator} alone.
   */
  public CasePage searchByPhone(CaseQuery search, String mediator) {
    return find(
        search,
        null,
        Criteria.where(CaseDocument.PHONE)
            .is(search.text().strip())
            .and(CaseDocument.MEDIATOR)
            .is(mediator));
  }

  private CasePage find(CaseQuery search, CaseScope scope, Criteria text) {
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
    Query query =
        new Query(filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters))
            .with(NEWEST_FIRST)
            .skip((long) search.page() * search.size())
            .limit(search.size() + 1);
    List<CaseDocument> found = mongo.find(query, CaseDocument.class);
    boolean hasNext = found.size() > search.size();
    List<MediationCase> items =
        found.stream().limit(search.size()).map(CaseDocument::mediationCase).toList();
    return new CasePage(items, search.page(), search.size(), hasNext);
  }

  /** Open cases whose time limit passed before {@code now} and that are not yet marked. */
  public List<MediationCase> dueToBeMarkedOverdue(Instant now, int limit) {
    Criteria running =
        Criteria.where(CaseDocument.STATUS)
            .in(CaseStatus.REGISTERED, CaseStatus.MEDIATING)
            .and(CaseDocument.OVERDUE)
            .is(false);
    return records.due(running, CaseDocument.DEADLINE, now, limit).stream()
        .map(CaseDocument::mediationCase)
        .toList();
  }

  /** {@link CaseScope#covers} as a query: the scope's bodies, or unassigned in its districts. */
  private static Criteria within(CaseScope scope) {
    return new Criteria()
        .orOperator(
            Criteria.where(CaseDocument.BODY).in(scope.bodies()),
            Criteria.where(CaseDocument.BODY)
                .is(null)
                .and(CaseDocument.DISTRICT)
                .in(scope.districts()));
  }

  private static void addIfGiven(List<Criteria> filters, String path, Object value) {
    if (value != null) {
      filters.add(Criteria.where(path).is(value));
    }
  }

  private static Criteria textFilter(String text) {
    String trimmed = text.strip();
    if (CASE_NUMBER_PREFIX.matcher(trimmed).matches()) {
      return Criteria.where(CaseDocument.NUMBER).regex("^" + Pattern.quote(trimmed));
    }
    if (TICKET_NUMBER.matcher(trimmed).matches()) {
      return Criteria.where(CaseDocument.TICKET_NUMBER).is(trimmed);
    }
    return Criteria.where(CaseDocument.SUMMARY).regex(Pattern.quote(trimmed), "i");
  }

  private static OutboxEvent outboxOf(MediationCase.Change change) {
    return OutboxEvent.of(Topics.CASE_EVENTS, SOURCE, change.event());
  }
}
