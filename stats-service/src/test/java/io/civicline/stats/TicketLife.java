package io.civicline.stats;

import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketStepType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One ticket's life as the hotline writes it: each action returns the ticket's next event, whose
 * snapshot has the ticket's current fields and every step so far (the contract's sample ticket,
 * received in district YIMEI, category COMPLAINT, topic HEATING, channel PHONE). Times are ISO
 * text.
 */
public final class TicketLife {

  private static final Duration TIME_LIMIT = Duration.ofDays(5);

  private final String id;
  private long version;
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final List<Map<String, Object>> steps = new ArrayList<>();
  private final List<Map<String, Object>> callbacks = new ArrayList<>();
  private final Map<String, List<Object>> lists = new HashMap<>();
  private String repliedBy;

  private TicketLife(String id) {
    this.id = id;
  }

  /** Ticket {@code id}, received at {@code at}, waiting in the agents' queue. */
  public static TicketLife received(String id, String at) {
    TicketLife life = new TicketLife(id);
    life.fields.put("receivedAt", at);
    life.fields.put("steps", life.steps);
    return life;
  }

  /** The event of its receipt. */
  public TicketEvent receipt() {
    return event(TicketEventType.RECEIVED, (String) fields.get("receivedAt"));
  }

  public TicketEvent answerAtIntake(String at) {
    fields.put("status", "RESOLVED_ON_FIRST_CONTACT");
    step(TicketStepType.ANSWERED_AT_INTAKE, at, null);
    return event(TicketEventType.RECEIVED, at);
  }

  public TicketEvent dispatch(String at, String department) {
    fields.put("status", "DISPATCHED");
    fields.put("department", department);
    fields.put("dispatchedAt", at);
    fields.putIfAbsent("firstDispatchedAt", at);
    fields.put("deadline", Instant.parse(at).plus(TIME_LIMIT).toString());
    fields.put("signedAt", null);
    fields.put("signedOnTime", null);
    step(TicketStepType.DISPATCHED, at, department);
    return event(TicketEventType.DISPATCHED, at);
  }

  public TicketEvent sign(String at, boolean onTime) {
    fields.put("status", "SIGNED");
    fields.put("signedAt", at);
    fields.put("signedOnTime", onTime);
    Map<String, Object> step = step(TicketStepType.SIGNED, at, department());
    step.put("dispatchedAt", fields.get("dispatchedAt"));
    step.put("onTime", onTime);
    return event(TicketEventType.SIGNED, at);
  }

  /** The department holding the ticket hands it back to the agents. */
  public TicketEvent giveBack(String at) {
    step(TicketStepType.RETURNED, at, department());
    append("returnedAt", at);
    undispatch("RECEIVED");
    fields.put("department", null);
    return event(TicketEventType.RETURNED, at);
  }

  public TicketEvent requestExtension(String at) {
    step(TicketStepType.EXTENSION_REQUESTED, at, department());
    return event(TicketEventType.EXTENSION_REQUESTED, at);
  }

  public TicketEvent grantExtension(String at) {
    step(TicketStepType.EXTENSION_GRANTED, at, department());
    append("extendedAt", at);
    return event(TicketEventType.EXTENSION_GRANTED, at);
  }

  public TicketEvent urge(String at) {
    step(TicketStepType.URGED, at, department());
    return event(TicketEventType.URGED, at);
  }

  public TicketEvent reply(String at, boolean onTime) {
    repliedBy = department();
    fields.put("status", "REPLIED");
    fields.put("completedAt", at);
    fields.put("completedOnTime", onTime);
    fields.put("replyResult", "RESOLVED");
    step(TicketStepType.REPLIED, at, repliedBy).put("onTime", onTime);
    return event(TicketEventType.REPLIED, at);
  }

  /** A callback about the last reply ({@code solved} null when unreachable). */
  public TicketEvent callBack(String at, String rating, Boolean solved) {
    fields.put("status", "CALLED_BACK");
    Map<String, Object> callback = new LinkedHashMap<>();
    callback.put("at", at);
    callback.put("rating", rating);
    if (solved != null) {
      callback.put("solved", solved);
    }
    callbacks.add(callback);
    fields.put("callbacks", callbacks);
    Map<String, Object> step = step(TicketStepType.CALLED_BACK, at, repliedBy);
    step.put("rating", rating);
    if (solved != null) {
      step.put("solved", solved);
    }
    return event(TicketEventType.CALLED_BACK, at);
  }

  /** Reopened after an unsatisfied callback: back in the agents' queue, the dispatch gone. */
  public TicketEvent reopen(String at) {
    step(TicketStepType.REOPENED, at, repliedBy);
    append("reopenedAt", at);
    undispatch("RECEIVED");
    fields.put("department", repliedBy);
    return event(TicketEventType.REOPENED, at);
  }

  public TicketEvent refer(String at) {
    fields.put("status", "REFERRED");
    fields.put("referredAt", at);
    step(TicketStepType.REFERRED, at, null);
    return event(TicketEventType.REFERRED, at);
  }

  /** Mediation's answer: a SUCCESS or FAILED outcome answers the ticket, others hand it back. */
  public TicketEvent concludeReferral(String at, String outcome) {
    fields.put("mediationOutcome", outcome);
    boolean mediated = outcome.equals("SUCCESS") || outcome.equals("FAILED");
    fields.put("status", mediated ? "REPLIED" : "RECEIVED");
    if (mediated) {
      fields.put("completedAt", at);
      fields.put("replyResult", outcome.equals("SUCCESS") ? "RESOLVED" : "NOT_RESOLVABLE");
    }
    step(TicketStepType.REFERRAL_CONCLUDED, at, null).put("outcome", outcome);
    return event(
        mediated ? TicketEventType.MEDIATION_OUTCOME_RECORDED : TicketEventType.REFERRAL_RETURNED,
        at);
  }

  /** An agent sets or corrects the ticket's street: no step, the snapshot names it. */
  public TicketEvent setPlace(String at, String street) {
    fields.put("street", street);
    return event(TicketEventType.PLACE_SET, at);
  }

  public TicketEvent close(String at) {
    fields.put("status", "CLOSED");
    fields.put("closedAt", at);
    return event(TicketEventType.CLOSED, at);
  }

  private String department() {
    return (String) fields.get("department");
  }

  private void undispatch(String status) {
    fields.put("status", status);
    for (String field : List.of("dispatchedAt", "deadline", "signedAt", "signedOnTime")) {
      fields.put(field, null);
    }
  }

  private void append(String field, String at) {
    List<Object> times = lists.computeIfAbsent(field, name -> new ArrayList<>());
    times.add(at);
    fields.put(field, times);
  }

  private Map<String, Object> step(TicketStepType type, String at, String department) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("type", type.name());
    step.put("at", at);
    if (department != null) {
      step.put("department", department);
    }
    steps.add(step);
    return step;
  }

  private TicketEvent event(TicketEventType type, String at) {
    version++;
    return new TicketEvent(
        type.cloudEventType(),
        UUID.randomUUID().toString(),
        id,
        version,
        Instant.parse(at),
        Snapshots.ticket(fields));
  }
}
