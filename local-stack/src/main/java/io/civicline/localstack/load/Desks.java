package io.civicline.localstack.load;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The load's people at work: agents and department staff take tickets through their journeys on
 * hotline-service, mediators take cases through theirs on mediation-service. Each step records in
 * the ticket's or case's record what was done and what the service answered.
 */
final class Desks {

  static final String AGENT = "agent";
  static final String DEPARTMENT = "department";
  static final String MEDIATOR = "mediator";

  /** The roster's mediator whose account is the demo user {@link #MEDIATOR}. */
  static final String MEDIATOR_CODE = "M_YIMEI_01";

  private static final Duration ROUND_TRIP = Duration.ofSeconds(120);

  private final DeskClient http;
  private final String hotline;
  private final String mediation;
  private final LoadPlan plan;
  private final ZoneId zone;

  Desks(DeskClient http, String hotlineUrl, String mediationUrl, LoadPlan plan, ZoneId zone) {
    this.http = http;
    this.hotline = hotlineUrl + "/api/tickets";
    this.mediation = mediationUrl + "/api/cases";
    this.plan = plan;
    this.zone = zone;
  }

  // ---------------------------------------------------------------------------------------------
  // Tickets

  void work(TicketRecord t) {
    switch (t.journey) {
      case FIRST_CONTACT -> {
        receive(t, "已当场答复：" + t.topic);
        if (t.rating.startsWith("VERY")) {
          callback(t, t.rating);
        }
        act(t, AGENT, "close", Map.of());
      }
      case STANDARD -> {
        receive(t, null);
        dispatch(t, t.firstDepartment);
        finishFromDispatched(t);
      }
      case RETURNED -> {
        receive(t, null);
        dispatch(t, t.firstDepartment);
        act(t, DEPARTMENT, "return", Map.of("reason", "不属于本单位职责"));
        t.returns++;
        t.department = null;
        t.signed = false;
        dispatch(t, t.secondDepartment);
        finishFromDispatched(t);
      }
      case EXTENDED -> {
        receive(t, null);
        dispatch(t, t.firstDepartment);
        sign(t);
        Instant deadline =
            Instant.parse(http.read(AGENT, url(t)).at("/dispatch/deadline").asString());
        act(
            t,
            DEPARTMENT,
            "extend",
            Map.of("deadline", deadline.plus(Duration.ofDays(7)).toString(), "reason", "需协调多个部门"));
        act(t, AGENT, "extend/decision", Map.of("decision", "GRANT"));
        t.extensionsGranted++;
        finishFromSigned(t);
      }
      case REOPENED -> {
        receive(t, null);
        dispatch(t, t.firstDepartment);
        sign(t);
        reply(t, DEPARTMENT);
        callback(t, "UNSATISFIED");
        act(t, AGENT, "reopen", Map.of("reason", "市民不满意，重办"));
        t.reopens++;
        t.department = null;
        t.signed = false;
        dispatch(t, t.firstDepartment);
        finishFromDispatched(t);
      }
      case UNREACHABLE -> {
        receive(t, null);
        dispatch(t, t.firstDepartment);
        sign(t);
        reply(t, DEPARTMENT);
        callback(t, "UNREACHABLE");
        callback(t, t.rating);
        act(t, AGENT, "close", Map.of());
      }
      case AGENT_REPLY -> {
        receive(t, null);
        dispatch(t, t.firstDepartment);
        reply(t, AGENT);
        callback(t, t.rating);
        act(t, AGENT, "close", Map.of());
      }
      case LEFT_OPEN -> {
        receive(t, null);
        dispatch(t, t.firstDepartment);
      }
      case DUPLICATE -> {
        receive(t, null);
        String original = awaitNumber(t.original);
        act(t, AGENT, "duplicate-of", Map.of("original", original));
        t.duplicate = true;
      }
      case REFERRED -> {
        receive(t, null);
        act(t, AGENT, "refer", Map.of("note", "邻里纠纷，转人民调解"));
        t.referred = true;
        CaseRecord referral = plan.caseReferredFrom(t);
        awaitCase(referral, t);
        work(referral);
        awaitOutcome(t);
        callback(t, t.rating);
        act(t, AGENT, "close", Map.of());
      }
    }
  }

  private void receive(TicketRecord t, String answer) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("channel", t.channel);
    body.put("category", t.category);
    body.put("topic", t.topic);
    body.put("district", t.district);
    body.put("caller", Map.of("name", "市民", "phone", "13900000000"));
    body.put("description", "负载测试：" + t.topic);
    if (answer != null) {
      body.put("answer", answer);
      t.answeredAtIntake = true;
    }
    JsonNode created = http.ok(AGENT, hotline, body);
    t.id = created.get("id").asString();
    t.number = created.get("number").asString();
    seen(t, created);
  }

  private void dispatch(TicketRecord t, String department) {
    act(t, AGENT, "dispatch", Map.of("department", department));
    t.dispatched = true;
    t.department = department;
  }

  private void sign(TicketRecord t) {
    act(t, DEPARTMENT, "sign", Map.of());
    t.signed = true;
  }

  private void reply(TicketRecord t, String user) {
    act(t, user, "reply", Map.of("result", "RESOLVED", "note", "已处理并答复"));
    t.replied = true;
    t.repliedByDepartment = true;
  }

  private void callback(TicketRecord t, String rating) {
    act(t, AGENT, "callback", Map.of("rating", rating));
    t.ratings.add(rating);
  }

  private void finishFromDispatched(TicketRecord t) {
    sign(t);
    finishFromSigned(t);
  }

  private void finishFromSigned(TicketRecord t) {
    reply(t, DEPARTMENT);
    callback(t, t.rating);
    act(t, AGENT, "close", Map.of());
  }

  /** One action on the ticket at the version last seen; the answer is the ticket after it. */
  private void act(TicketRecord t, String user, String action, Map<String, Object> fields) {
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.put("version", t.version);
    seen(t, http.ok(user, url(t) + "/" + action, body));
  }

  private static void seen(TicketRecord t, JsonNode ticket) {
    t.version = ticket.get("version").asLong();
    t.status = ticket.get("status").asString();
  }

  private String url(TicketRecord t) {
    return hotline + "/" + t.id;
  }

  /** The original's number once its own client has created it (it was taken earlier). */
  private static String awaitNumber(TicketRecord original) {
    long deadline = System.nanoTime() + ROUND_TRIP.toNanos();
    while (original.number == null) {
      if (original.failure != null || System.nanoTime() > deadline) {
        throw new LoadStepException("the original " + original + " was never created");
      }
      pause(Duration.ofMillis(20));
    }
    return original.number;
  }

  /** Waits for the case mediation-service made of the ticket's referral. */
  private void awaitCase(CaseRecord c, TicketRecord t) {
    long deadline = System.nanoTime() + ROUND_TRIP.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode items = http.read(MEDIATOR, mediation + "?ticket=" + t.id).path("items");
      if (items.size() == 1) {
        JsonNode found = items.get(0);
        c.id = found.get("id").asString();
        JsonNode view = http.read(MEDIATOR, mediation + "/" + c.id);
        c.district = view.get("district").asString();
        c.disputeType = view.get("disputeType").asString();
        seen(c, view);
        return;
      }
      if (items.size() > 1) {
        throw new LoadStepException(items.size() + " cases for the referral of " + t);
      }
      pause(Duration.ofMillis(100));
    }
    throw new LoadStepException("no case for the referral of " + t + " after " + ROUND_TRIP);
  }

  /** Waits until the case's outcome is on the ticket (REPLIED). */
  private void awaitOutcome(TicketRecord t) {
    long deadline = System.nanoTime() + ROUND_TRIP.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode ticket = http.read(AGENT, url(t));
      if ("REPLIED".equals(ticket.get("status").asString())) {
        seen(t, ticket);
        t.replied = true;
        return;
      }
      pause(Duration.ofMillis(100));
    }
    throw new LoadStepException("no mediation outcome on " + t + " after " + ROUND_TRIP);
  }

  // ---------------------------------------------------------------------------------------------
  // Cases

  void work(CaseRecord c) {
    if (c.id == null) {
      register(c);
    }
    if (c.journey == CaseJourney.DECLINED) {
      return;
    }
    caseAct(c, "assign", Map.of("mediator", MEDIATOR_CODE, "body", c.assignTo));
    c.body = c.assignTo;
    switch (c.journey) {
      case SUCCESS, SUCCESS_LINKAGE -> {
        session(c);
        close(c, Map.of("outcome", "SUCCESS", "agreementType", "WRITTEN"));
      }
      case FAILED -> {
        session(c);
        close(c, Map.of("outcome", "FAILED", "advice", "LITIGATION"));
      }
      case WITHDRAWN -> close(c, Map.of("outcome", "WITHDRAWN"));
      case TRANSFERRED -> close(c, Map.of("outcome", "TRANSFERRED", "transferredTo", c.transferTo));
      case LEFT_OPEN -> session(c);
      case DECLINED -> throw new IllegalStateException("declined at intake");
    }
  }

  private void register(CaseRecord c) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("disputeType", c.disputeType);
    body.put("district", c.district);
    body.put("source", c.source);
    body.put(
        "parties",
        List.of(
            Map.of("role", "APPLICANT", "name", "申请人", "phone", "13900000000"),
            Map.of("role", "RESPONDENT", "name", "被申请人")));
    body.put("summary", "负载测试：邻里纠纷");
    if (c.journey == CaseJourney.DECLINED) {
      body.put("decline", Map.of("reason", "OUTSIDE_SCOPE"));
      c.declined = true;
    }
    JsonNode created = http.ok(MEDIATOR, mediation, body);
    c.id = created.get("id").asString();
    seen(c, created);
  }

  private void session(CaseRecord c) {
    caseAct(c, "sessions", Map.of("date", LocalDate.now(zone).toString()));
  }

  private void close(CaseRecord c, Map<String, Object> closing) {
    caseAct(c, "close", closing);
    c.outcome = (String) closing.get("outcome");
  }

  private void caseAct(CaseRecord c, String action, Map<String, Object> fields) {
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.put("version", c.version);
    seen(c, http.ok(MEDIATOR, mediation + "/" + c.id + "/" + action, body));
  }

  private static void seen(CaseRecord c, JsonNode view) {
    c.version = view.get("version").asLong();
    c.status = view.get("status").asString();
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LoadStepException("interrupted", e);
    }
  }
}
