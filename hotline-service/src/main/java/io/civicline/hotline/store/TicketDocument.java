package io.civicline.hotline.store;

import io.civicline.hotline.domain.AtRisk;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketQueues;
import io.civicline.kit.aggregate.OutboxedDocument;
import io.civicline.kit.lists.ListOrder;
import io.civicline.kit.lists.PageCursor;
import io.civicline.kit.lists.SearchWords;
import io.civicline.kit.outbox.OutboxEvent;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A ticket as stored: the aggregate under {@code ticket}, the outbox of its unpublished events,
 * {@code riskAt}, the time it becomes at risk (预警) while that time runs (null otherwise), for the
 * SLA watcher, and its places in the work queues ({@link TicketQueues}): {@code waitsForAgents},
 * and {@code departmentPart}, its part of the queue of the department holding it (null when none
 * does). The other indexes serve the search filters; those of the lists end in their order, and
 * then the id, so that a page (sort, limit, and the cursor of {@link
 * io.civicline.kit.lists.PageCursor} or {@link io.civicline.kit.lists.QueueCursor}) reads only what
 * it shows. {@code words} holds the {@link SearchWords} of the word search, under a multikey index.
 * {@code lookupCodeHash} is the hash of the code a citizen follows a ticket they submitted with
 * (进度查询; null for the others): outside the aggregate, so no view or event can carry it.
 */
@Document(TicketDocument.COLLECTION)
@CompoundIndex(name = "number", def = "{'ticket.number': 1}", unique = true)
@CompoundIndex(name = "received_id", def = "{'ticket.intake.receivedAt': -1, '_id': -1}")
@CompoundIndex(
    name = "status_received",
    def = "{'ticket.status': 1, 'ticket.intake.receivedAt': -1, '_id': -1}")
@CompoundIndex(
    name = "district_status_received",
    def =
        "{'ticket.intake.district': 1, 'ticket.status': 1, 'ticket.intake.receivedAt': -1,"
            + " '_id': -1}")
@CompoundIndex(
    name = "category_received",
    def = "{'ticket.intake.category': 1, 'ticket.intake.receivedAt': -1, '_id': -1}")
@CompoundIndex(
    name = "overdue_received",
    def = "{'ticket.milestones.overdue': 1, 'ticket.intake.receivedAt': -1, '_id': -1}")
@CompoundIndex(name = "phone", def = "{'ticket.intake.caller.phone': 1}", sparse = true)
// The SLA watcher's two reads: running deadlines past now, risk times past now.
@CompoundIndex(
    name = "running_deadline",
    def = "{'ticket.status': 1, 'ticket.milestones.overdue': 1, 'ticket.dispatch.deadline': 1}")
@CompoundIndex(name = "risk_at", def = "{'ticket.status': 1, 'riskAt': 1}")
@CompoundIndex(
    name = "department_status_received",
    def =
        "{'ticket.dispatch.department': 1, 'ticket.status': 1, 'ticket.intake.receivedAt': -1,"
            + " '_id': -1}")
// The work queues (TicketQueues): the agents', oldest first; a department's, its urgent part first,
// each part nearest deadline first.
@CompoundIndex(
    name = "agents_queue",
    def = "{'waitsForAgents': 1, 'ticket.intake.receivedAt': 1, '_id': 1}")
@CompoundIndex(
    name = "department_queue",
    def =
        "{'ticket.dispatch.department': 1, 'departmentPart': 1, 'ticket.dispatch.deadline': 1,"
            + " '_id': 1}")
@CompoundIndex(
    name = "topic_received",
    def = "{'ticket.intake.topic': 1, 'ticket.intake.receivedAt': -1, '_id': -1}")
@CompoundIndex(
    name = "channel_received",
    def = "{'ticket.intake.channel': 1, 'ticket.intake.receivedAt': -1, '_id': -1}")
@CompoundIndex(
    name = "street_received",
    def = "{'ticket.intake.place.street': 1, 'ticket.intake.receivedAt': -1, '_id': -1}")
@CompoundIndex(
    name = "words_received",
    def = "{'words': 1, 'ticket.intake.receivedAt': -1, '_id': -1}")
@CompoundIndex(name = "first_dispatched", def = "{'ticket.milestones.firstDispatchedAt': 1}")
// The drill-down's step facts: a multikey index over the steps, placed by their time or, for the
// signatures, by the time of the dispatch they sign for.
@CompoundIndex(
    name = "steps_at",
    def = "{'ticket.steps.type': 1, 'ticket.steps.department': 1, 'ticket.steps.at': 1}")
@CompoundIndex(
    name = "steps_dispatched_at",
    def = "{'ticket.steps.type': 1, 'ticket.steps.department': 1, 'ticket.steps.dispatchedAt': 1}")
// The at-risk list: at risk, or overdue, nearest deadline first.
@CompoundIndex(
    name = "at_risk_deadline",
    def = "{'ticket.milestones.atRisk': 1, 'ticket.dispatch.deadline': 1, '_id': 1}")
@CompoundIndex(
    name = "overdue_deadline_id",
    def = "{'ticket.milestones.overdue': 1, 'ticket.dispatch.deadline': 1, '_id': 1}")
record TicketDocument(
    @Id String id,
    Ticket ticket,
    List<OutboxEvent> outbox,
    @Field(write = Field.Write.ALWAYS) Instant riskAt,
    List<String> words,
    Boolean waitsForAgents,
    @Field(write = Field.Write.ALWAYS) Integer departmentPart,
    String lookupCodeHash)
    implements OutboxedDocument {

  static final String COLLECTION = "tickets";
  static final String TICKET = "ticket";
  static final String RISK_AT = "riskAt";
  static final String WAITS_FOR_AGENTS = "waitsForAgents";
  static final String DEPARTMENT_PART = "departmentPart";

  static TicketDocument of(Ticket ticket, List<OutboxEvent> outbox, String lookupCodeHash) {
    return new TicketDocument(
        ticket.id(),
        ticket,
        outbox,
        riskAt(ticket),
        words(ticket),
        TicketQueues.waitsForAgents(ticket),
        TicketQueues.departmentPart(ticket),
        lookupCodeHash);
  }

  /** The document without its lookup code's hash: a secret's hash is no part of a log line. */
  @Override
  public String toString() {
    return "TicketDocument[" + id + "]";
  }

  /** {@code update} with the ticket's places in the work queues set. */
  static Update placedInQueues(Update update, Ticket ticket) {
    return update
        .set(WAITS_FOR_AGENTS, TicketQueues.waitsForAgents(ticket))
        .set(DEPARTMENT_PART, TicketQueues.departmentPart(ticket));
  }

  private static PageCursor placeOf(Ticket ticket) {
    return new PageCursor(ticket.intake().receivedAt(), ticket.id());
  }

  /** When the ticket becomes at risk, while that time runs; null otherwise. */
  static Instant riskAt(Ticket ticket) {
    return AtRisk.runningTime(ticket).orElse(null);
  }

  /**
   * The list and queue indexes of earlier versions, replaced by those above, which end in the id as
   * well, the tie-break of a page's cursor.
   */
  static final List<String> SUPERSEDED_INDEXES =
      List.of(
          "received",
          "status",
          "district_status",
          "category",
          "overdue",
          "department",
          "topic",
          "channel",
          "at_risk",
          "overdue_deadline",
          "department_status_deadline");

  /** The words of the word search: the description's and the number's (neither ever changes). */
  static List<String> words(Ticket ticket) {
    return SearchWords.of(ticket.intake().description(), ticket.number());
  }

  /** Paths of the fields queries filter and sort on. */
  static final String STATUS = "ticket.status";

  static final String VERSION = "ticket.version";
  static final String NUMBER = "ticket.number";
  static final String DISTRICT = "ticket.intake.district";
  static final String CATEGORY = "ticket.intake.category";
  static final String PHONE = "ticket.intake.caller.phone";
  static final String DESCRIPTION = "ticket.intake.description";
  static final String RECEIVED_AT = "ticket.intake.receivedAt";
  static final String OVERDUE = "ticket.milestones.overdue";
  static final String AT_RISK = "ticket.milestones.atRisk";
  static final String DEADLINE = "ticket.dispatch.deadline";
  static final String DEPARTMENT = "ticket.dispatch.department";
  static final String STEPS = "ticket.steps";
  static final String STEP_TYPES = "ticket.steps.type";
  static final String FIRST_DISPATCHED_AT = "ticket.milestones.firstDispatchedAt";
  static final String DUPLICATE_OF = "ticket.milestones.duplicateOf";
  static final String TOPIC = "ticket.intake.topic";
  static final String CHANNEL = "ticket.intake.channel";
  static final String STREET = "ticket.intake.place.street";
  static final String EXTENSION_REQUEST = "ticket.dispatch.extensionRequest";

  /** The search's order, which the index received_id serves. */
  static final ListOrder<TicketDocument, Ticket> NEWEST_FIRST =
      ListOrder.newestFirst(
          TicketDocument.class, RECEIVED_AT, TicketDocument::ticket, TicketDocument::placeOf);
}
