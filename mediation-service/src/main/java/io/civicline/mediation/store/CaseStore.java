package io.civicline.mediation.store;

import io.civicline.events.Topics;
import io.civicline.kit.aggregate.VersionedStore;
import io.civicline.kit.outbox.OutboxEvent;
import io.civicline.kit.outbox.OutboxRelay;
import io.civicline.mediation.domain.CaseStatus;
import io.civicline.mediation.domain.ClosingTime;
import io.civicline.mediation.domain.HotlineReferral;
import io.civicline.mediation.domain.MediationCase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
            List.of(outboxOf(change)),
            CaseDocument.words(mediationCase)));
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

  private static OutboxEvent outboxOf(MediationCase.Change change) {
    return OutboxEvent.of(Topics.CASE_EVENTS, SOURCE, change.event());
  }
}
