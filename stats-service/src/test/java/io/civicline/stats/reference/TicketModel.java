package io.civicline.stats.reference;

import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketSnapshot.Callback;
import io.civicline.events.TicketSnapshot.Step;
import io.civicline.events.TicketStepType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A ticket as hotline-service keeps and publishes it (its Ticket and TicketSnapshots), mutable, to
 * write journeys: each action changes the current state as Ticket.java does, appends its step as
 * TicketSnapshot.Step's Javadoc says, and emits the event with the full snapshot after it. It
 * checks no transition: the caller draws only allowed ones.
 */
final class TicketModel {

  static final Duration SIGN_WINDOW = Duration.ofHours(2);

  final String id;
  final String number;
  final String channel;
  final String category;
  final String topic;
  final String district;
  final Instant receivedAt;
  // the place's street, which an agent may set or correct at any time (null: none)
  String street;
  String status;
  // the current dispatch, none (null dispatchedAt) in the agents' queue
  String department;
  Instant dispatchedAt;
  Instant deadline;
  Instant signedAt;
  Boolean signedOnTime;
  Instant requestedDeadline;
  // the newest answer: a department's reply or a mediation outcome (null replier)
  boolean replied;
  String replier;
  Instant repliedAt;
  String replyResult;
  boolean replyOnTime;
  String mediationOutcome;
  Instant firstDispatchedAt;
  Instant referredAt;
  Instant closedAt;
  String duplicateOf;
  boolean supervised;
  boolean overdue;
  // 预警: set by the SLA watcher; cleared when the dispatch ends, it is overdue or its deadline moves
  boolean atRisk;
  final List<Instant> returnedAt = new ArrayList<>();
  final List<Instant> extendedAt = new ArrayList<>();
  final List<Instant> reopenedAt = new ArrayList<>();
  final List<Callback> callbacks = new ArrayList<>();
  final List<Step> steps = new ArrayList<>();
  final List<TicketEvent> events = new ArrayList<>();

  /** Received at {@code at}; {@code answered}: answered and finished by the agent (即办). */
  TicketModel(String id, String number, Intake intake, Instant at, boolean answered) {
    this.id = id;
    this.number = number;
    this.channel = intake.channel();
    this.category = intake.category();
    this.topic = intake.topic();
    this.district = intake.district();
    this.street = intake.street();
    this.receivedAt = at;
    this.status = answered ? "RESOLVED_ON_FIRST_CONTACT" : "RECEIVED";
    if (answered) {
      steps.add(Step.of(TicketStepType.ANSWERED_AT_INTAKE, at, null));
    }
    emit(TicketEventType.RECEIVED, at);
  }

  /** The intake codes, fixed at receipt but for the street; topic and street may be null. */
  record Intake(String channel, String category, String topic, String district, String street) {}

  TicketModel dispatch(String to, Instant at, Instant due) {
    status = "DISPATCHED";
    department = to;
    dispatchedAt = at;
    deadline = due;
    signedAt = null;
    signedOnTime = null;
    requestedDeadline = null;
    firstDispatchedAt = firstDispatchedAt == null ? at : firstDispatchedAt;
    overdue = false;
    atRisk = false;
    steps.add(Step.of(TicketStepType.DISPATCHED, at, to));
    return emit(TicketEventType.DISPATCHED, at);
  }

  TicketModel sign(Instant at) {
    status = "SIGNED";
    signedAt = at;
    signedOnTime = !at.isAfter(dispatchedAt.plus(SIGN_WINDOW));
    steps.add(new Step("SIGNED", at, department, dispatchedAt, signedOnTime, null, null, null));
    return emit(TicketEventType.SIGNED, at);
  }

  TicketModel returnToAgents(Instant at) {
    steps.add(Step.of(TicketStepType.RETURNED, at, department));
    dropDispatch();
    returnedAt.add(at);
    return emit(TicketEventType.RETURNED, at);
  }

  TicketModel requestExtension(Instant at, Instant newDeadline) {
    requestedDeadline = newDeadline;
    steps.add(Step.of(TicketStepType.EXTENSION_REQUESTED, at, department));
    return emit(TicketEventType.EXTENSION_REQUESTED, at);
  }

  TicketModel decideExtension(boolean grant, Instant at) {
    if (!grant) {
      requestedDeadline = null;
      return emit(TicketEventType.EXTENSION_REFUSED, at);
    }
    deadline = requestedDeadline;
    requestedDeadline = null;
    extendedAt.add(at);
    overdue = overdue && !deadline.isAfter(at);
    atRisk = false;
    steps.add(Step.of(TicketStepType.EXTENSION_GRANTED, at, department));
    return emit(TicketEventType.EXTENSION_GRANTED, at);
  }

  /** The department's reply; the dispatch stays, as in Ticket.reply. */
  TicketModel reply(Instant at, String result) {
    answer(department, at, result, null);
    replyOnTime = !at.isAfter(deadline);
    status = "REPLIED";
    overdue = false;
    atRisk = false;
    steps.add(new Step("REPLIED", at, department, null, replyOnTime, null, null, null));
    return emit(TicketEventType.REPLIED, at);
  }

  TicketModel callback(Instant at, String rating, Boolean solved) {
    callbacks.add(new Callback(at, rating, solved));
    status = "CALLED_BACK";
    steps.add(new Step("CALLED_BACK", at, replier, null, null, rating, solved, null));
    return emit(TicketEventType.CALLED_BACK, at);
  }

  /** Back to the agents' queue; the reply stays (the snapshot's department is then its). */
  TicketModel reopen(Instant at) {
    steps.add(Step.of(TicketStepType.REOPENED, at, replier));
    dropDispatch();
    reopenedAt.add(at);
    return emit(TicketEventType.REOPENED, at);
  }

  TicketModel urge(Instant at) {
    steps.add(Step.of(TicketStepType.URGED, at, department));
    return emit(TicketEventType.URGED, at);
  }

  TicketModel refer(Instant at) {
    status = "REFERRED";
    referredAt = at;
    steps.add(Step.of(TicketStepType.REFERRED, at, null));
    return emit(TicketEventType.REFERRED, at);
  }

  /** SUCCESS, FAILED: the outcome is the answer; otherwise back to the agents' queue. */
  TicketModel concludeReferral(Instant at, String outcome) {
    steps.add(new Step("REFERRAL_CONCLUDED", at, null, null, null, null, null, outcome));
    mediationOutcome = outcome;
    if (outcome.equals("SUCCESS") || outcome.equals("FAILED")) {
      answer(null, at, outcome.equals("SUCCESS") ? "RESOLVED" : "NOT_RESOLVABLE", outcome);
      status = "REPLIED";
      return emit(TicketEventType.MEDIATION_OUTCOME_RECORDED, at);
    }
    status = "RECEIVED";
    return emit(TicketEventType.REFERRAL_RETURNED, at);
  }

  TicketModel markDuplicateOf(String original, Instant at) {
    dropDispatch();
    status = "DUPLICATE";
    duplicateOf = original;
    closedAt = at;
    return emit(TicketEventType.MARKED_DUPLICATE, at);
  }

  TicketModel supervise(Instant at) {
    supervised = true;
    return emit(TicketEventType.SUPERVISED, at);
  }

  TicketModel markOverdue(Instant at) {
    overdue = true;
    atRisk = false;
    return emit(TicketEventType.MARKED_OVERDUE, at);
  }

  /** The SLA watcher's early warning: past 75 % of the dispatch's time, not yet overdue. */
  TicketModel markAtRisk(Instant at) {
    atRisk = true;
    return emit(TicketEventType.MARKED_AT_RISK, at);
  }

  /** An agent sets or corrects the place: no step, the snapshot names the new street. */
  TicketModel setPlace(String newStreet, Instant at) {
    street = newStreet;
    return emit(TicketEventType.PLACE_SET, at);
  }

  /** A file attached to the ticket: no step, the snapshot unchanged. */
  TicketModel attachFile(Instant at) {
    return emit(TicketEventType.FILE_ATTACHED, at);
  }

  TicketModel close(Instant at) {
    status = "CLOSED";
    closedAt = at;
    overdue = false;
    atRisk = false;
    return emit(TicketEventType.CLOSED, at);
  }

  Instant lastAt() {
    return events.get(events.size() - 1).occurredAt();
  }

  private void answer(String by, Instant at, String result, String outcome) {
    replied = true;
    replier = by;
    repliedAt = at;
    replyResult = result;
    mediationOutcome = outcome;
  }

  private void dropDispatch() {
    status = "RECEIVED";
    dispatchedAt = null;
    signedAt = null;
    signedOnTime = null;
    requestedDeadline = null;
    deadline = null;
    overdue = false;
    atRisk = false;
  }

  private TicketModel emit(TicketEventType type, Instant at) {
    long version = events.size() + 1L;
    events.add(
        new TicketEvent(
            type.cloudEventType(), id + "-v" + version, id, version, at, ModelSnapshots.of(this)));
    return this;
  }
}
