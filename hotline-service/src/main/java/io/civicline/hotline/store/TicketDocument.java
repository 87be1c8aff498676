package io.civicline.hotline.store;

import io.civicline.hotline.domain.AtRisk;
import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.aggregate.OutboxedDocument;
import io.civicline.kit.outbox.OutboxEvent;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A ticket as stored: the aggregate under {@code ticket}, the outbox of its unpublished events, and
 * {@code riskAt}, the time it becomes at risk (预警) while that time runs (null otherwise), for the
 * SLA watcher. The other indexes serve the search filters, the queues and the watcher, each list's
 * ending in its order.
 */
@Document(TicketDocument.COLLECTION)
@CompoundIndex(name = "number", def = "{'ticket.number': 1}", unique = true)
@CompoundIndex(name = "received", def = "{'ticket.intake.receivedAt': -1}")
@CompoundIndex(name = "status", def = "{'ticket.status': 1, 'ticket.intake.receivedAt': -1}")
@CompoundIndex(
    name = "district_status",
    def = "{'ticket.intake.district': 1, 'ticket.status': 1, 'ticket.intake.receivedAt': -1}")
@CompoundIndex(
    name = "category",
    def = "{'ticket.intake.category': 1, 'ticket.intake.receivedAt': -1}")
@CompoundIndex(
    name = "overdue",
    def = "{'ticket.milestones.overdue': 1, 'ticket.intake.receivedAt': -1}")
@CompoundIndex(name = "phone", def = "{'ticket.intake.caller.phone': 1}", sparse = true)
// The SLA watcher's two reads: running deadlines past now, risk times past now.
@CompoundIndex(
    name = "running_deadline",
    def = "{'ticket.status': 1, 'ticket.milestones.overdue': 1, 'ticket.dispatch.deadline': 1}")
@CompoundIndex(name = "risk_at", def = "{'ticket.status': 1, 'riskAt': 1}")
@CompoundIndex(
    name = "department",
    def = "{'ticket.dispatch.department': 1, 'ticket.status': 1, 'ticket.intake.receivedAt': -1}")
@CompoundIndex(name = "topic", def = "{'ticket.intake.topic': 1, 'ticket.intake.receivedAt': -1}")
@CompoundIndex(
    name = "channel",
    def = "{'ticket.intake.channel': 1, 'ticket.intake.receivedAt': -1}")
@CompoundIndex(name = "first_dispatched", def = "{'ticket.milestones.firstDispatchedAt': 1}")
// The drill-down's step facts: a multikey index over the steps, placed by their time or, for the
// signatures, by the time of the dispatch they sign for.
@CompoundIndex(
    name = "steps_at",
    def = "{'ticket.steps.type': 1, 'ticket.steps.department': 1, 'ticket.steps.at': 1}")
@CompoundIndex(
    name = "steps_dispatched_at",
    def = "{'ticket.steps.type': 1, 'ticket.steps.department': 1, 'ticket.steps.dispatchedAt': 1}")
@CompoundIndex(
    name = "at_risk",
    def = "{'ticket.milestones.atRisk': 1, 'ticket.dispatch.deadline': 1}")
@CompoundIndex(
    name = "overdue_deadline",
    def = "{'ticket.milestones.overdue': 1, 'ticket.dispatch.deadline': 1}")
record TicketDocument(
    @Id String id,
    Ticket ticket,
    List<OutboxEvent> outbox,
    @Field(write = Field.Write.ALWAYS) Instant riskAt)
    implements OutboxedDocument {

  static final String COLLECTION = "tickets";
  static final String TICKET = "ticket";
  static final String RISK_AT = "riskAt";

  static TicketDocument of(Ticket ticket, List<OutboxEvent> outbox) {
    return new TicketDocument(ticket.id(), ticket, outbox, riskAt(ticket));
  }

  /** When the ticket becomes at risk, while that time runs; null otherwise. */
  static Instant riskAt(Ticket ticket) {
    return AtRisk.runningTime(ticket).orElse(null);
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
  static final String EXTENSION_REQUEST = "ticket.dispatch.extensionRequest";
}
