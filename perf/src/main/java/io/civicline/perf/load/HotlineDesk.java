package io.civicline.perf.load;

import static io.civicline.perf.load.TicketFact.Kind.DISPATCHED;
import static io.civicline.perf.load.TicketFact.Kind.EXTENSION_GRANTED;
import static io.civicline.perf.load.TicketFact.Kind.EXTENSION_REQUESTED;
import static io.civicline.perf.load.TicketFact.Kind.REOPENED;
import static io.civicline.perf.load.TicketFact.Kind.RETURNED;
import static io.civicline.perf.load.TicketFact.Kind.URGED;

import io.civicline.localstack.DemoUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One action on a ticket of hotline-service at a time, as an agent or the department's staff, each
 * recording in the ticket's record the fact it made, with the time, department and on-time flags
 * the service answered (the action's history line, its dispatch, its reply).
 */
final class HotlineDesk {

  static final String AGENT = "agent";

  /** The statuses in which a department holds the ticket. */
  private static final Set<String> WITH_DEPARTMENT = Set.of("DISPATCHED", "SIGNED");

  private final DeskClient http;
  private final String tickets;

  HotlineDesk(DeskClient http, String hotlineUrl) {
    this.http = http;
    this.tickets = hotlineUrl + "/api/tickets";
  }

  /** The demo user of the department holding the ticket, who signs, returns and answers it. */
  static String holderOf(TicketRecord t) {
    return DemoUsers.departmentUser(t.holder);
  }

  /** An agent records the call; with {@code answer}, answered and finished at intake (即办). */
  void receive(TicketRecord t, String answer) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("channel", t.channel);
    body.put("category", t.category);
    body.put("topic", t.topic);
    body.put("district", t.district);
    if (t.street != null) {
      body.put("place", Map.of("street", t.street));
    }
    body.put("caller", Map.of("name", "市民", "phone", "13900000000"));
    body.put("description", "负载测试：" + t.topic);
    if (answer != null) {
      body.put("answer", answer);
    }
    JsonNode created = http.ok(AGENT, tickets, body);
    t.id = created.get("id").asString();
    t.number = created.get("number").asString();
    seen(t, created);
    Instant at = instant(created.get("receivedAt"));
    t.add(TicketFact.of(TicketFact.Kind.RECEIVED, at, null));
    if (answer != null) {
      t.add(TicketFact.of(TicketFact.Kind.ANSWERED_AT_INTAKE, at, null));
    }
  }

  void dispatch(TicketRecord t, String department) {
    JsonNode dispatch = act(t, AGENT, "dispatch", Map.of("department", department)).get("dispatch");
    t.add(
        TicketFact.of(
            DISPATCHED,
            instant(dispatch.get("dispatchedAt")),
            dispatch.get("department").asString()));
  }

  /** Signed for: counted at the dispatch it signs for, on time as the service's windows say. */
  void sign(TicketRecord t) {
    JsonNode dispatch = act(t, holderOf(t), "sign", Map.of()).get("dispatch");
    Instant signed = instant(dispatch.get("signedAt"));
    t.add(
        TicketFact.timed(
            TicketFact.Kind.SIGNED,
            instant(dispatch.get("dispatchedAt")),
            dispatch.get("department").asString(),
            !signed.isAfter(instant(dispatch.get("signDueAt")))));
  }

  void returnIt(TicketRecord t) {
    String department = t.holder;
    JsonNode ticket = act(t, holderOf(t), "return", Map.of("reason", "不属于本单位职责"));
    t.add(TicketFact.of(RETURNED, historyAt(ticket), department));
  }

  /** The department asks for a week more and an agent grants it (延期). */
  void extend(TicketRecord t) {
    String department = t.holder;
    Instant deadline = instant(http.read(AGENT, url(t)).at("/dispatch/deadline"));
    JsonNode asked =
        act(
            t,
            holderOf(t),
            "extend",
            Map.of("deadline", deadline.plus(Duration.ofDays(7)).toString(), "reason", "需协调多个部门"));
    t.add(TicketFact.of(EXTENSION_REQUESTED, historyAt(asked), department));
    JsonNode granted = act(t, AGENT, "extend/decision", Map.of("decision", "GRANT"));
    t.add(TicketFact.of(EXTENSION_GRANTED, historyAt(granted), department));
  }

  /** An agent urges the department holding the ticket (催办). */
  void urge(TicketRecord t) {
    String department = t.holder;
    JsonNode ticket = act(t, AGENT, "urge", Map.of("note", "市民再次来电催促"));
    t.add(TicketFact.of(URGED, historyAt(ticket), department));
  }

  /** The department's reply (办结), by its staff or by an agent on its behalf. */
  void reply(TicketRecord t, String user) {
    JsonNode reply =
        act(t, user, "reply", Map.of("result", "RESOLVED", "note", "已处理并答复")).get("reply");
    t.add(
        TicketFact.timed(
            TicketFact.Kind.REPLIED,
            instant(reply.get("repliedAt")),
            reply.get("department").asString(),
            reply.get("onTime").asBoolean()));
  }

  /** A callback: {@code solved} is asked only of a citizen reached. */
  void callback(TicketRecord t, String rating, boolean solved) {
    String about = t.answeredBy();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("rating", rating);
    if (!rating.equals("UNREACHABLE")) {
      body.put("solved", solved);
    }
    JsonNode ticket = act(t, AGENT, "callback", body);
    t.add(TicketFact.callback(historyAt(ticket), about, rating, solved));
  }

  /** Reopened (重办) after an unsatisfied callback: charged to whose reply it was. */
  void reopen(TicketRecord t) {
    String about = t.answeredBy();
    JsonNode ticket = act(t, AGENT, "reopen", Map.of("reason", "市民不满意，重办"));
    t.add(TicketFact.of(REOPENED, historyAt(ticket), about));
  }

  void refer(TicketRecord t) {
    JsonNode ticket = act(t, AGENT, "refer", Map.of("note", "邻里纠纷，转人民调解"));
    t.add(TicketFact.of(TicketFact.Kind.REFERRED, historyAt(ticket), null));
  }

  void markDuplicateOf(TicketRecord t, String originalNumber) {
    JsonNode ticket = act(t, AGENT, "duplicate-of", Map.of("original", originalNumber));
    t.add(TicketFact.of(TicketFact.Kind.DUPLICATE_MARKED, historyAt(ticket), null));
  }

  void close(TicketRecord t) {
    act(t, AGENT, "close", Map.of());
  }

  /**
   * Whether mediation's answer to the referral is on the ticket ({@code status}: REPLIED after a
   * mediation, RECEIVED when handed back); if so, records it with {@code outcome}.
   */
  boolean concluded(TicketRecord t, String status, String outcome) {
    JsonNode ticket = http.read(AGENT, url(t));
    if (!status.equals(ticket.get("status").asString())) {
      return false;
    }
    seen(t, ticket);
    t.add(TicketFact.concluded(historyAt(ticket), outcome));
    return true;
  }

  /** One action on the ticket at the version last seen; the answer is the ticket after it. */
  private JsonNode act(TicketRecord t, String user, String action, Map<String, Object> fields) {
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.put("version", t.version);
    JsonNode ticket = http.act(user, url(t) + "/" + action, body, t.version, AGENT, url(t));
    seen(t, ticket);
    return ticket;
  }

  private static void seen(TicketRecord t, JsonNode ticket) {
    t.version = ticket.get("version").asLong();
    t.status = ticket.get("status").asString();
    t.holder =
        WITH_DEPARTMENT.contains(t.status) ? ticket.at("/dispatch/department").asString() : null;
  }

  /** When the newest line of the ticket's audit trail, the action just taken, happened. */
  private static Instant historyAt(JsonNode ticket) {
    JsonNode history = ticket.get("history");
    return instant(history.get(history.size() - 1).get("at"));
  }

  private static Instant instant(JsonNode text) {
    if (text == null || !text.isString()) {
      throw new LoadStepException("no time in the hotline's answer: " + text);
    }
    return Instant.parse(text.asString());
  }

  private String url(TicketRecord t) {
    return tickets + "/" + t.id;
  }
}
