package io.civicline.mediation;

import static io.civicline.mediation.MonthClient.ADMIN;
import static io.civicline.mediation.MonthClient.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.MediationCaseEventType;
import io.civicline.events.TicketReferral;
import io.civicline.kit.privacy.Masking;
import io.civicline.kit.testing.ScriptTally;
import io.civicline.kit.testing.ScriptedClient.Answer;
import io.civicline.kit.testing.ScriptedClient.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The scripted month: which path each case takes (case i follows path i % number of paths), which
 * cases arrive as hotline referrals, the requests of each path, and what each must answer. Every
 * successful request moves the case's expected version on by one and expects exactly one event of
 * its type; every refused, stale, forbidden or invalid one expects the case unchanged.
 */
final class ScriptedMonthScript {

  /** The paths through the lifecycle. */
  enum Path {
    /** Written agreement, followed up and judicially confirmed; nothing more is possible. */
    SUCCESS_WRITTEN_CONFIRMED,
    /** Oral agreement: followed up, and a court cannot confirm it. */
    SUCCESS_ORAL,
    /** Failed; at the month's end the window to reopen it has closed. */
    FAILED,
    /** Failed, reopened once, mediated again; a second reopening is refused. */
    FAILED_REOPENED,
    /** Withdrawn before anyone was assigned. */
    WITHDRAWN_AT_ONCE,
    WITHDRAWN_DURING_MEDIATION,
    /** Transferred to another body (not its own). */
    TRANSFERRED,
    /** 不予受理 in the intake request itself (desk cases only). */
    DECLINED_AT_INTAKE,
    /** Registered, then declined. */
    DECLINED,
    /** Given to one mediator, then to the other. */
    REASSIGNED,
    /** Extended with both parties' consent (without it: 400). */
    EXTENDED,
    /** Still open at the month's end: overdue, then extended and closed. */
    OVERDUE_THEN_EXTENDED,
    /** Never assigned: overdue at the month's end. */
    LEFT_REGISTERED,
    /** Under mediation at the month's end: overdue. */
    LEFT_MEDIATING,
    /** The other mediator sees the parties masked and may not work it; an admin may not either. */
    OTHER_MEDIATOR_FORBIDDEN,
    /** Actions with old versions (If-Match or body). */
    STALE_VERSIONS,
    /** Two closes of one version at once: one wins, one is told. */
    RACE_TWO_CLOSES,
    /** A written agreement whose parties apply for confirmation after 30 days: refused. */
    LATE_CONFIRMATION
  }

  /** The paths still open when the month ends, which the overdue watcher must mark. */
  static final Set<Path> OPEN_AT_MONTH_END =
      EnumSet.of(Path.OVERDUE_THEN_EXTENDED, Path.LEFT_REGISTERED, Path.LEFT_MEDIATING);

  /** A lifecycle action: its URL, its history action and the event it causes. */
  enum Act {
    ASSIGN("assign", "ASSIGN", MediationCaseEventType.ASSIGNED),
    REASSIGN("assign", "REASSIGN", MediationCaseEventType.REASSIGNED),
    SESSION("sessions", "HOLD_SESSION", MediationCaseEventType.SESSION_HELD),
    EXTEND("extend", "EXTEND", MediationCaseEventType.EXTENDED),
    CLOSE("close", "CLOSE", MediationCaseEventType.CLOSED),
    FOLLOW_UP("follow-up", "FOLLOW_UP", MediationCaseEventType.PERFORMANCE_FOLLOWED_UP),
    CONFIRM(
        "judicial-confirmation", "CONFIRM_JUDICIALLY", MediationCaseEventType.JUDICIALLY_CONFIRMED),
    REOPEN("reopen", "REOPEN", MediationCaseEventType.REOPENED),
    DECLINE("decline", "DECLINE", MediationCaseEventType.DECLINED);

    final String path;
    final String history;
    final MediationCaseEventType event;

    Act(String path, String history, MediationCaseEventType event) {
      this.path = path;
      this.history = history;
      this.event = event;
    }
  }

  /** One request: who does what, with which body (the version is added when sent). */
  record Call(Act act, User user, Map<String, Object> body) {

    Call by(User other) {
      return new Call(act, other, body);
    }

    @Override
    public String toString() {
      return act + " by " + user + " " + body;
    }
  }

  static final List<String> DISPUTE_TYPES =
      List.of(
          "MARRIAGE_FAMILY",
          "NEIGHBOURHOOD",
          "HOUSING_HOMESTEAD",
          "DAMAGES",
          "CONTRACT",
          "LAND_FOREST_CONTRACTING",
          "LAND_REQUISITION_DEMOLITION",
          "LABOUR",
          "VILLAGE_AFFAIRS",
          "ENVIRONMENT",
          "TRAFFIC_ACCIDENT",
          "MEDICAL",
          "PROPERTY_MANAGEMENT",
          "OTHER");

  static final List<String> SOURCES =
      List.of("WALK_IN", "POLICE_REFERRAL", "COURT_REFERRAL", "SCREENING_VISIT", "OTHER");

  static final List<String> DISTRICTS =
      List.of(
          "YIMEI",
          "WUCUI",
          "YOUHAO",
          "JINLIN",
          "TIELI",
          "JIAYIN",
          "TANGWANG",
          "FENGLIN",
          "DAQINGSHAN",
          "NANCHA");

  private static final List<String> TICKET_TOPICS =
      List.of("NEIGHBOUR_DISPUTE", "LABOUR_WAGES", "HOUSING_PROPERTY", "HEATING", "HEALTH");
  private static final List<String> ADVICE = List.of("LITIGATION", "ARBITRATION", "ADMINISTRATIVE");
  static final List<String> ID_NUMBERS =
      List.of("11010519491231002X", "230702198503121235", "230702199001010011");

  /**
   * Kept out of every event: parties' names carry the first, every free text (summary, notes,
   * reasons) the second, and the test searches the event topic for both.
   */
  static final String NAME_MARKER = "市民";

  static final String TEXT_MARKER = "调解月";

  private final MonthClient http;
  private final Clock clock;
  private final ZoneId zone;
  final List<ScriptedMonthCase> cases = new ArrayList<>();
  final ScriptTally tally = new ScriptTally();

  ScriptedMonthScript(MonthClient http, Clock clock, ZoneId zone, int count, int referrals) {
    this.http = http;
    this.clock = clock;
    this.zone = zone;
    Path[] paths = Path.values();
    int referred = 0;
    int candidates = 0;
    for (int i = 0; i < count; i++) {
      Path path = paths[i % paths.length];
      boolean referral =
          path != Path.DECLINED_AT_INTAKE && candidates++ % 4 == 1 && referred < referrals;
      String district = DISTRICTS.get((i / 3) % DISTRICTS.size());
      String phone = (referral ? "137" : "139") + "%08d".formatted(i);
      String name = "张李王赵刘陈杨".charAt(i % 7) + NAME_MARKER + i;
      String summary = TEXT_MARKER + "第" + i + "号纠纷：" + path;
      TicketReferral ticket = null;
      if (referral) {
        referred++;
        ticket =
            new TicketReferral(
                TicketReferral.TYPE,
                "referral-" + i,
                "%024x".formatted(0xC0FFEE000000L + i),
                "12345-20260301-%06d".formatted(i),
                Instant.now(),
                "agent",
                district,
                "COMPLAINT",
                i % 10 == 9 ? null : TICKET_TOPICS.get(i % TICKET_TOPICS.size()),
                new TicketReferral.Contact(name, phone, false),
                summary,
                i % 3 == 0 ? text("请尽快联系") : null);
      }
      cases.add(
          new ScriptedMonthCase(
              i,
              path,
              district,
              phone,
              i % 4 == 3 ? null : ID_NUMBERS.get(i % ID_NUMBERS.size()),
              name,
              summary,
              ticket));
    }
    assertThat(referred).as("cases arriving as referrals").isEqualTo(referrals);
  }

  // ---------------------------------------------------------------------------------------------
  // The month

  /** A desk case is registered over the API; a referral's case is found by its ticket. */
  void register(ScriptedMonthCase c) {
    if (c.isReferral()) {
      Answer found = http.get(MonthClient.MEDIATOR, "/api/cases?ticket=" + c.referral.ticketId());
      assertThat(found.status()).as("%s", found).isEqualTo(200);
      assertThat(found.body().get("items").size()).as("%s: one case per ticket", c).isEqualTo(1);
      JsonNode item = found.body().get("items").get(0);
      c.id = item.get("id").asString();
      c.number = item.get("number").asString();
      c.version = item.get("version").asLong();
      c.status = item.get("status").asString();
      assertThat(c.version).as("%s", found).isEqualTo(1);
      assertThat(item.get("source").asString()).isEqualTo("HOTLINE");
      c.events.add(MediationCaseEventType.REGISTERED);
      return;
    }
    Map<String, Object> intake = c.intake();
    if (c.path == Path.DECLINED_AT_INTAKE) {
      intake.put("decline", Map.of("reason", "BEFORE_COURT", "note", text("已向法院起诉")));
    }
    Answer a = http.post(c.mediator, "/api/cases", null, intake);
    assertThat(a.status()).as("%s: %s", c, a).isEqualTo(201);
    assertThat(a.etag()).as("%s", a).isEqualTo("\"1\"");
    c.id = a.body().get("id").asString();
    c.number = a.body().get("number").asString();
    c.version = 1;
    c.status = a.body().get("status").asString();
    assertThat(c.number).as("%s", a).matches("MED-\\d{8}-\\d{6}");
    boolean declined = c.path == Path.DECLINED_AT_INTAKE;
    assertThat(c.status).as("%s", a).isEqualTo(declined ? "DECLINED" : "REGISTERED");
    assertThat(a.body().get("partiesMasked").asBoolean())
        .as("%s: nobody is assigned yet, so even the registering mediator sees them masked", a)
        .isTrue();
    c.events.add(declined ? MediationCaseEventType.DECLINED : MediationCaseEventType.REGISTERED);
  }

  /** What happens to the case in the month, up to its end. */
  void play(ScriptedMonthCase c) {
    switch (c.path) {
      case SUCCESS_WRITTEN_CONFIRMED -> {
        mediate(c);
        ok(c, session(c));
        close(c, success("WRITTEN", c.index * 100));
        ok(c, followUp(c, "FULFILLED"));
        refused(c, followUp(c, "FULFILLED"));
        ok(c, confirm(c, now()));
        refused(c, confirm(c, now()));
        refused(c, reopen(c));
      }
      case SUCCESS_ORAL -> {
        mediate(c);
        close(c, success("ORAL", null));
        ok(c, followUp(c, "PARTLY_FULFILLED"));
        refused(c, confirm(c, now()));
      }
      case FAILED, LATE_CONFIRMATION, LEFT_MEDIATING -> {
        mediate(c);
        if (c.path == Path.FAILED) {
          close(c, failure(c));
        } else if (c.path == Path.LATE_CONFIRMATION) {
          close(c, success("WRITTEN", 5000));
        }
      }
      case FAILED_REOPENED -> {
        mediate(c);
        close(c, failure(c));
        ok(c, reopen(c));
        ok(c, session(c));
        if (c.index % 2 == 0) {
          close(c, success("ORAL", null));
        } else {
          close(c, failure(c));
          refused(c, reopen(c));
        }
      }
      case WITHDRAWN_AT_ONCE -> {
        refused(c, session(c));
        close(c, Map.of("outcome", "WITHDRAWN", "note", text("申请人撤回")));
      }
      case WITHDRAWN_DURING_MEDIATION -> {
        mediate(c);
        close(c, Map.of("outcome", "WITHDRAWN"));
        refused(c, followUp(c, "FULFILLED"));
      }
      case TRANSFERRED -> {
        ok(c, assign(c, c.mediatorCode, c.index % 4 == 0 ? "YIMEI_LAW_FIRM" : null));
        refused(c, closeCall(c, Map.of("outcome", "TRANSFERRED", "transferredTo", c.body)));
        close(c, Map.of("outcome", "TRANSFERRED", "transferredTo", "TIELI_LEGAL_SERVICE"));
      }
      case DECLINED_AT_INTAKE -> refused(c, assign(c, c.mediatorCode, null));
      case DECLINED -> {
        ok(c, decline(c));
        refused(c, assign(c, c.mediatorCode, null));
      }
      case REASSIGNED -> {
        String other = c.mediatorCode.equals("M_YIMEI_01") ? "M_YIMEI_02" : "M_YIMEI_01";
        ok(c, assign(c, other, null));
        refused(c, assign(c, other, null));
        ok(c, assign(c, c.mediatorCode, null));
        ok(c, session(c));
        close(c, success("WRITTEN", null));
      }
      case EXTENDED -> {
        ok(c, assign(c, c.mediatorCode, null));
        invalid(c, extend(c, false), "partiesConsent");
        ok(c, extend(c, true));
        ok(c, session(c));
        close(c, success("ORAL", 1200));
      }
      case OVERDUE_THEN_EXTENDED -> mediate(c);
      case LEFT_REGISTERED -> refused(c, followUp(c, "FULFILLED"));
      case OTHER_MEDIATOR_FORBIDDEN -> {
        ok(c, assign(c, c.mediatorCode, null));
        checkMasking(c);
        forbidden(c, session(c).by(c.otherMediator));
        forbidden(c, closeCall(c, Map.of("outcome", "WITHDRAWN")).by(ADMIN));
        ok(c, session(c));
        close(c, failure(c));
      }
      case STALE_VERSIONS -> {
        long seen = c.version;
        ok(c, assign(c, c.mediatorCode, null));
        stale(c, session(c), seen, true);
        stale(c, session(c), seen, false);
        ok(c, session(c));
        stale(c, closeCall(c, Map.of("outcome", "WITHDRAWN")), seen + 1, true);
        close(c, success("ORAL", null));
      }
      case RACE_TWO_CLOSES -> {
        mediate(c);
        race(c, closeCall(c, success("ORAL", 800)), closeCall(c, failure(c)));
      }
    }
  }

  /** After the month's end (the clock 35 days on, overdue cases marked). */
  void epilogue(ScriptedMonthCase c) {
    switch (c.path) {
      case FAILED -> refused(c, reopen(c));
      case LATE_CONFIRMATION -> {
        refused(c, confirm(c, now()));
        ok(c, followUp(c, "NOT_FULFILLED"));
      }
      case OVERDUE_THEN_EXTENDED -> {
        JsonNode extended = ok(c, extend(c, true));
        assertThat(extended.at("/timeLimit/overdue").asBoolean())
            .as("%s: an extension clears the overdue flag", c)
            .isFalse();
        ok(c, session(c));
        close(c, success("WRITTEN", 300));
      }
      default -> {
        // Nothing more happens to the others.
      }
    }
  }

  /** Reads the case back as an admin (parties masked) and compares it with the script. */
  String verify(ScriptedMonthCase c) {
    Answer a = http.get(ADMIN, c.url());
    assertThat(a.status()).as("%s: %s", c, a).isEqualTo(200);
    JsonNode body = a.body();
    assertThat(body.get("version").asLong()).as("%s: %s", c, a).isEqualTo(c.version);
    assertThat(body.get("status").asString()).as("%s", c).isEqualTo(c.status);
    assertThat(body.at("/closing/outcome").asString(null)).as("%s", c).isEqualTo(c.outcome);
    assertThat(body.at("/timeLimit/overdue").asBoolean()).as("%s", c).isEqualTo(c.overdue);
    assertThat(body.get("history").size())
        .as("%s: one history line per version", c)
        .isEqualTo((int) c.version);
    assertThat(body.at("/parties/0/phone").asString())
        .as("%s: masked for admins", c)
        .isEqualTo(Masking.number(c.phone));
    if (c.isReferral()) {
      assertThat(body.at("/referral/ticketId").asString()).isEqualTo(c.referral.ticketId());
      assertThat(body.get("parties").size()).as("%s: the caller only", c).isEqualTo(1);
    }
    return c.status + (c.outcome == null ? "" : " " + c.outcome);
  }

  // ---------------------------------------------------------------------------------------------
  // Steps

  /** Assigned to its mediator and one session held. */
  private void mediate(ScriptedMonthCase c) {
    ok(c, assign(c, c.mediatorCode, c.index % 3 == 0 ? "YIMEI_COURT" : null));
    ok(c, session(c));
  }

  private void close(ScriptedMonthCase c, Map<String, Object> body) {
    ok(c, closeCall(c, body));
  }

  private void checkMasking(ScriptedMonthCase c) {
    Answer toOther = http.get(c.otherMediator, c.url());
    assertThat(toOther.status()).as("%s", toOther).isEqualTo(200);
    assertThat(toOther.body().get("partiesMasked").asBoolean()).as("%s", toOther).isTrue();
    assertThat(toOther.text()).as("%s: masked for the other mediator", c).doesNotContain(c.phone);
    assertThat(toOther.text()).doesNotContain(c.applicant);
    Answer toOwn = http.get(c.mediator, c.url());
    assertThat(toOwn.body().at("/parties/0/phone").asString()).as("%s", toOwn).isEqualTo(c.phone);
    Answer toAdmin = http.get(ADMIN, c.url());
    assertThat(toAdmin.text()).as("%s: masked for admins too", c).doesNotContain(c.phone);
  }

  private JsonNode ok(ScriptedMonthCase c, Call call) {
    long seen = c.version;
    Answer a = send(c, call, seen);
    assertThat(a.status()).as("%s: %s", c, a).isEqualTo(200);
    applied(c, call, a, seen);
    return a.body();
  }

  private void applied(ScriptedMonthCase c, Call call, Answer a, long seen) {
    assertThat(a.etag()).as("%s: %s", c, a).isEqualTo("\"" + (seen + 1) + "\"");
    JsonNode body = a.body();
    JsonNode history = body.get("history");
    Act act =
        call.act() == Act.ASSIGN && !"REGISTERED".equals(c.status) ? Act.REASSIGN : call.act();
    assertThat(history.get(history.size() - 1).get("action").asString())
        .as("%s: audit trail of %s", c, call)
        .isEqualTo(act.history);
    c.version = seen + 1;
    c.status = body.get("status").asString();
    c.outcome = body.at("/closing/outcome").asString(null);
    c.overdue = body.at("/timeLimit/overdue").asBoolean();
    c.body = body.at("/assignment/body").asString(null);
    c.events.add(act.event);
    boolean own =
        call.user().equals(c.mediator)
            && c.mediatorCode.equals(body.at("/assignment/mediator").asString(null));
    assertThat(body.get("partiesMasked").asBoolean())
        .as("%s: the parties in full for the case's own mediator only", c)
        .isEqualTo(!own);
  }

  private void refused(ScriptedMonthCase c, Call call) {
    Answer a = send(c, call, c.version);
    expectConflict(c, a);
    assertThat(a.body().get("detail").asString()).as("%s", a).startsWith("Cannot ");
    tally.refused.increment();
  }

  private void stale(ScriptedMonthCase c, Call call, long seen, boolean ifMatch) {
    Map<String, Object> body = new LinkedHashMap<>(call.body());
    if (!ifMatch) {
      body.put("version", seen);
    }
    Answer a =
        http.post(
            call.user(),
            c.url() + "/" + call.act().path,
            ifMatch ? "\"" + seen + "\"" : null,
            body);
    expectConflict(c, a);
    assertThat(a.body().get("detail").asString()).as("%s", a).contains("changed since");
    tally.stale.increment();
  }

  private void forbidden(ScriptedMonthCase c, Call call) {
    Answer a = send(c, call, c.version);
    assertThat(a.status()).as("%s: %s", c, a).isEqualTo(403);
    tally.forbidden.increment();
  }

  private void invalid(ScriptedMonthCase c, Call call, String field) {
    Answer a = send(c, call, c.version);
    assertThat(a.status()).as("%s: %s", c, a).isEqualTo(400);
    assertThat(a.body().at("/errors/0/field").asString()).as("%s", a).isEqualTo(field);
    tally.invalid.increment();
  }

  /** Two calls on the version both saw, at once: one applies, the other is told it is stale. */
  private void race(ScriptedMonthCase c, Call first, Call second) {
    long seen = c.version;
    String ifMatch = "\"" + seen + "\"";
    List<Answer> answers =
        http.atOnce(
            () -> http.post(first.user(), c.url() + "/" + first.act().path, ifMatch, first.body()),
            () ->
                http.post(
                    second.user(), c.url() + "/" + second.act().path, ifMatch, second.body()));
    List<Integer> statuses = answers.stream().map(Answer::status).toList();
    assertThat(statuses)
        .as("%s: one wins, one is told: %s", c, answers)
        .containsExactlyInAnyOrder(200, 409);
    int won = statuses.get(0) == 200 ? 0 : 1;
    applied(c, won == 0 ? first : second, answers.get(won), seen);
    expectConflict(c, answers.get(1 - won));
    tally.wonRace(c.outcome + " won");
  }

  private void expectConflict(ScriptedMonthCase c, Answer a) {
    a.assertConflict(c, c.id, c.version, c.status);
  }

  /** Sends a call with the version the user saw, the way clients vary. */
  private Answer send(ScriptedMonthCase c, Call call, long seen) {
    return http.postSeen(
        call.user(), c.url() + "/" + call.act().path, call.body(), seen, c.index + c.step++);
  }

  // ---------------------------------------------------------------------------------------------
  // The requests

  private static Call assign(ScriptedMonthCase c, String mediator, String body) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("mediator", mediator);
    if (body != null) {
      request.put("body", body);
    }
    return new Call(Act.ASSIGN, c.district.equals("YIMEI") ? LEAD : ADMIN, request);
  }

  private Call session(ScriptedMonthCase c) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("date", LocalDate.ofInstant(now(), zone).toString());
    body.put("participants", List.of(c.applicant, "调解员"));
    body.put("notes", text("双方陈述意见"));
    return new Call(Act.SESSION, c.mediator, body);
  }

  private Call extend(ScriptedMonthCase c, boolean consent) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("deadline", now().plus(Duration.ofDays(45)).toString());
    body.put("partiesConsent", consent);
    body.put("reason", text("双方同意延长调解期限"));
    return new Call(Act.EXTEND, c.mediator, body);
  }

  private static Call closeCall(ScriptedMonthCase c, Map<String, Object> body) {
    return new Call(Act.CLOSE, c.mediator, body);
  }

  private static Map<String, Object> success(String agreementType, Integer amount) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("outcome", "SUCCESS");
    body.put("agreementType", agreementType);
    if (amount != null) {
      body.put("amount", amount);
    }
    body.put("note", text("达成调解协议"));
    return body;
  }

  private static Map<String, Object> failure(ScriptedMonthCase c) {
    return Map.of("outcome", "FAILED", "advice", ADVICE.get(c.index % ADVICE.size()));
  }

  private static Call followUp(ScriptedMonthCase c, String performance) {
    return new Call(
        Act.FOLLOW_UP, c.mediator, Map.of("performance", performance, "note", text("回访当事人")));
  }

  private static Call confirm(ScriptedMonthCase c, Instant appliedAt) {
    return new Call(
        Act.CONFIRM, c.mediator, Map.of("court", "YIMEI_COURT", "appliedAt", appliedAt.toString()));
  }

  private static Call reopen(ScriptedMonthCase c) {
    return new Call(Act.REOPEN, c.mediator, Map.of("reason", text("当事人申请再次调解")));
  }

  private static Call decline(ScriptedMonthCase c) {
    return new Call(
        Act.DECLINE,
        c.mediator,
        Map.of("reason", c.index % 2 == 0 ? "BEFORE_ARBITRATION" : "OUTSIDE_SCOPE"));
  }

  private Instant now() {
    return clock.instant();
  }

  /** Free text as users type it, marked so that the test can tell it never reaches an event. */
  private static String text(String text) {
    return TEXT_MARKER + "：" + text;
  }
}
