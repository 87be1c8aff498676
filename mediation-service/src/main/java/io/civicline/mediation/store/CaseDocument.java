package io.civicline.mediation.store;

import io.civicline.kit.aggregate.OutboxedDocument;
import io.civicline.kit.lists.ListOrder;
import io.civicline.kit.lists.PageCursor;
import io.civicline.kit.lists.SearchWords;
import io.civicline.kit.outbox.OutboxEvent;
import io.civicline.mediation.domain.ClosingTime;
import io.civicline.mediation.domain.HotlineReferral;
import io.civicline.mediation.domain.MediationCase;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case as stored: the aggregate under {@code mediationCase}, every closing at its own time (kept
 * in step by the store at each write, for the figures' drill-down), plus the outbox of its
 * unpublished events, and {@code words}, the {@link SearchWords} of the word search, under a
 * multikey index. The indexes serve the search filters, each ending in the order of the lists,
 * newest first and then by id (so that a page, by sort, limit and the cursor of {@link
 * io.civicline.kit.lists.PageCursor}, reads only what it shows), the work queues and the overdue
 * watcher. The unique sparse index on the referral's id is what makes one hotline referral give at
 * most one case, however often and however concurrently it arrives; it is sparse because cases not
 * referred, and referred ones stored before referrals had ids, have none.
 */
@Document(CaseDocument.COLLECTION)
@CompoundIndex(name = "number", def = "{'mediationCase.number': 1}", unique = true)
@CompoundIndex(
    name = "referral",
    def = "{'mediationCase.intake.referral.referralId': 1}",
    unique = true,
    sparse = true)
// A ticket referred again has several cases: found newest first. (Keys other than those of the
// unique index that one case per ticket had, which CaseStoreUpgrade drops.)
@CompoundIndex(
    name = "referral_ticket_registered_id",
    def =
        "{'mediationCase.intake.referral.ticketId': 1, 'mediationCase.intake.registeredAt': -1,"
            + " '_id': -1}")
@CompoundIndex(
    name = "referral_ticket_number",
    def = "{'mediationCase.intake.referral.ticketNumber': 1}",
    sparse = true)
@CompoundIndex(name = "registered_id", def = "{'mediationCase.intake.registeredAt': -1, '_id': -1}")
@CompoundIndex(
    name = "status_registered",
    def = "{'mediationCase.status': 1, 'mediationCase.intake.registeredAt': -1, '_id': -1}")
@CompoundIndex(
    name = "district_status_registered",
    def =
        "{'mediationCase.intake.district': 1, 'mediationCase.status': 1,"
            + " 'mediationCase.intake.registeredAt': -1, '_id': -1}")
@CompoundIndex(
    name = "dispute_type_registered",
    def =
        "{'mediationCase.intake.disputeType': 1, 'mediationCase.intake.registeredAt': -1,"
            + " '_id': -1}")
@CompoundIndex(
    name = "source_registered",
    def = "{'mediationCase.intake.source': 1, 'mediationCase.intake.registeredAt': -1, '_id': -1}")
@CompoundIndex(
    name = "body_status_registered",
    def =
        "{'mediationCase.assignment.body': 1, 'mediationCase.status': 1,"
            + " 'mediationCase.intake.registeredAt': -1, '_id': -1}")
@CompoundIndex(
    name = "mediator_status_registered",
    def =
        "{'mediationCase.assignment.mediator': 1, 'mediationCase.status': 1,"
            + " 'mediationCase.intake.registeredAt': -1, '_id': -1}")
@CompoundIndex(
    name = "overdue_registered",
    def =
        "{'mediationCase.timeLimit.overdue': 1, 'mediationCase.intake.registeredAt': -1,"
            + " '_id': -1}")
@CompoundIndex(
    name = "words_registered",
    def = "{'words': 1, 'mediationCase.intake.registeredAt': -1, '_id': -1}")
@CompoundIndex(name = "phone", def = "{'mediationCase.intake.parties.phone': 1}", sparse = true)
// The drill-down into the figures: closings by time (and outcome), declines and confirmations.
@CompoundIndex(name = "closings", def = "{'closings.at': 1, 'closings.outcome': 1}")
@CompoundIndex(name = "declined", def = "{'mediationCase.decline.at': 1}", sparse = true)
@CompoundIndex(
    name = "judicially_confirmed",
    def = "{'mediationCase.closing.agreement.judicialConfirmation.confirmedAt': 1}",
    sparse = true)
// The work queues (QueueListing), overdue first, then nearest deadline: a mediator's cases, and
// those waiting for a mediator; the second also serves the overdue watcher's read, running time
// limits past now.
@CompoundIndex(
    name = "mediator_queue",
    def =
        "{'mediationCase.assignment.mediator': 1, 'mediationCase.status': 1,"
            + " 'mediationCase.timeLimit.overdue': 1, 'mediationCase.timeLimit.deadline': 1,"
            + " '_id': 1}")
@CompoundIndex(
    name = "status_overdue_deadline",
    def =
        "{'mediationCase.status': 1, 'mediationCase.timeLimit.overdue': 1,"
            + " 'mediationCase.timeLimit.deadline': 1, '_id': 1}")
record CaseDocument(
    @Id String id,
    MediationCase mediationCase,
    List<ClosingTime> closings,
    List<OutboxEvent> outbox,
    List<String> words)
    implements OutboxedDocument {

  static final String COLLECTION = "cases";
  static final String CASE = "mediationCase";

  /**
   * The list and watcher indexes of earlier versions, replaced by those above, which end in the id
   * as well, the tie-break of a page's cursor.
   */
  static final List<String> SUPERSEDED_INDEXES =
      List.of(
          "referral_ticket_registered",
          "registered",
          "status",
          "district_status",
          "dispute_type",
          "source",
          "body_status",
          "mediator_status",
          "overdue",
          "running_deadline");

  /** The words of the word search: the summary's, the case number's and the ticket number's. */
  static List<String> words(MediationCase mediationCase) {
    HotlineReferral referral = mediationCase.intake().referral();
    return SearchWords.of(
        mediationCase.intake().summary(),
        mediationCase.number(),
        referral == null ? null : referral.ticketNumber());
  }

  private static PageCursor placeOf(MediationCase mediationCase) {
    return new PageCursor(mediationCase.intake().registeredAt(), mediationCase.id());
  }

  /** Paths of the fields queries filter and sort on. */
  static final String STATUS = "mediationCase.status";

  static final String VERSION = "mediationCase.version";
  static final String NUMBER = "mediationCase.number";
  static final String DISPUTE_TYPE = "mediationCase.intake.disputeType";
  static final String DISTRICT = "mediationCase.intake.district";
  static final String SOURCE = "mediationCase.intake.source";
  static final String SUMMARY = "mediationCase.intake.summary";
  static final String PHONE = "mediationCase.intake.parties.phone";
  static final String REGISTERED_AT = "mediationCase.intake.registeredAt";
  static final String TICKET_ID = "mediationCase.intake.referral.ticketId";
  static final String REFERRAL_ID = "mediationCase.intake.referral.referralId";
  static final String TICKET_NUMBER = "mediationCase.intake.referral.ticketNumber";
  static final String BODY = "mediationCase.assignment.body";
  static final String MEDIATOR = "mediationCase.assignment.mediator";
  static final String OVERDUE = "mediationCase.timeLimit.overdue";
  static final String DEADLINE = "mediationCase.timeLimit.deadline";
  static final String DECLINE = "mediationCase.decline";
  static final String DECLINED_AT = "mediationCase.decline.at";
  static final String LINKAGE_BODY = "mediationCase.assignment.linkageBody";
  static final String OUTCOME = "mediationCase.closing.outcome";
  static final String CONFIRMED_AT =
      "mediationCase.closing.agreement.judicialConfirmation.confirmedAt";
  static final String CLOSINGS = "closings";

  /** The search's order, which the index registered_id serves. */
  static final ListOrder<CaseDocument, MediationCase> NEWEST_FIRST =
      ListOrder.newestFirst(
          CaseDocument.class, REGISTERED_AT, CaseDocument::mediationCase, CaseDocument::placeOf);
}
