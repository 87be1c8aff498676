package io.civicline.hotline;

import static io.civicline.hotline.ScriptedDayClient.AGENT;
import static io.civicline.hotline.ScriptedDayClient.HEATING;
import static io.civicline.hotline.ScriptedDayClient.staffOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.ReferenceData;
import io.civicline.events.TicketEventType;
import io.civicline.kit.testing.ScriptTally;
import io.civicline.kit.testing.ScriptedClient.Answer;
import io.civicline.kit.testing.ScriptedClient.User;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The scripted day: which path each ticket takes (ticket i follows path i % number of paths), the
 * requests of each path, and what each request must answer. Every successful request moves the
 * ticket's expected version on by one and expects exactly one event of its type; every refused,
 * stale or forbidden one expects the ticket unchanged and no event.
 */
final class ScriptedDayScript {

  /** The paths through the lifecycle; ticket i takes {@code values()[i % values().length]}. */
  enum Path {
    /** 即办: answered at intake, then archived. */
    FIRST_CONTACT_CLOSED,
    /** 即办, called back, archived. */
    FIRST_CONTACT_CALLED_BACK,
    /** dispatch → sign → reply → callback SATISFIED → close, with forbidden steps in between. */
    STANDARD,
    /** the department returns it within the window; dispatched again elsewhere. */
    RETURNED_AND_REDISPATCHED,
    EXTENSION_GRANTED,
    EXTENSION_REFUSED,
    /** callback UNSATISFIED → reopen → the whole way again. */
    REOPENED,
    /** callback UNREACHABLE, then called back again. */
    UNREACHABLE_THEN_REACHED,
    /** handed to people's mediation; waits for the outcome. */
    REFERRED,
    /** 重复件 of the ticket received just before it, by number. */
    DUPLICATE,
    SUPERVISED,
    /** an agent records the department's answer on its behalf, without a sign-for. */
    AGENT_REPLIES_FOR_DEPARTMENT,
    /** the heating company's user acts on another department's ticket: 403, nothing changes. */
    OTHER_DEPARTMENT_FORBIDDEN,
    /** the heating company's user works its own ticket. */
    HEATING_DEPARTMENT,
    /** actions with old versions (If-Match or body), and a retried request. */
    STALE_VERSIONS,
    RACE_SIGN_VS_RETURN,
    RACE_TWO_CALLBACKS,
    /** two agents close at once without If-Match: the store's version check decides. */
    RACE_TWO_CLOSES,
    RACE_GRANT_VS_REFUSE,
    RACE_TWO_DISPATCHES,
    /** left somewhere in the middle of the lifecycle at the end of the day. */
    LEFT_OPEN
  }

  /** A lifecycle action: its URL, its event and the status it leads to. */
  enum Act {
    DISPATCH("dispatch", TicketEventType.DISPATCHED, "DISPATCHED"),
    SIGN("sign", TicketEventType.SIGNED, "SIGNED"),
    RETURN("return", TicketEventType.RETURNED, "RECEIVED"),
    EXTEND("extend", TicketEventType.EXTENSION_REQUESTED, "SIGNED"),
    GRANT("extend/decision", TicketEventType.EXTENSION_GRANTED, "SIGNED"),
    REFUSE("extend/decision", TicketEventType.EXTENSION_REFUSED, "SIGNED"),
    REPLY("reply", TicketEventType.REPLIED, "REPLIED"),
    CALLBACK("callback", TicketEventType.CALLED_BACK, "CALLED_BACK"),
    REOPEN("reopen", TicketEventType.REOPENED, "RECEIVED"),
    CLOSE("close", TicketEventType.CLOSED, "CLOSED"),
    REFER("refer", TicketEventType.REFERRED, "REFERRED"),
    DUPLICATE_OF("duplicate-of", TicketEventType.MARKED_DUPLICATE, "DUPLICATE"),
    SUPERVISE("supervise", TicketEventType.SUPERVISED, null);

    final String path;
    final TicketEventType event;
    private final String leadsTo;

    Act(String path, TicketEventType event, String leadsTo) {
      this.path = path;
      this.event = event;
      this.leadsTo = leadsTo;
    }

    String statusAfter(String current) {
      return leadsTo == null ? current : leadsTo;
    }
  }

  /** One request of the script: who does what, with which body (version added when sent). */
  record Call(Act act, User user, Map<String, Object> body, String label) {

    Call withUser(User other) {
      return new Call(act, other, body, label);
    }

    Call labelled(String other) {
      return new Call(act, user, body, other);
    }

    @Override
    public String toString() {
      return label + " by " + user;
    }
  }

  private static final String[] URGENCIES = {null, "NORMAL", "URGENT", "VERY_URGENT"};
  private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨"};
  private static final String HEATING_CO = "HEATING_CO";

  /**
   * Paths that are about refused, stale or forbidden requests try them on every ticket; the others
   * on every other round of tickets, to keep the day short.
   */
  private static final Set<Path> ALWAYS_PROBED =
      EnumSet.of(
          Path.DUPLICATE, Path.OTHER_DEPARTMENT_FORBIDDEN, Path.STALE_VERSIONS, Path.LEFT_OPEN);

  /**
   * Kept out of every event: callers' names carry the first, every free text (description, answer,
   * notes, reasons) the second, and the test searches the event topic for both.
   */
  static final String NAME_MARKER = "市民";

  static final String DESCRIPTION_MARKER = "脚本日";

  private final ScriptedDayClient http;
  private final List<String> departments;
  private final Map<String, String> topicDepartments = new LinkedHashMap<>();
  final List<ScriptedDayTicket> tickets = new ArrayList<>();
  final ScriptTally tally = new ScriptTally();

  ScriptedDayScript(ScriptedDayClient http, ReferenceData reference, int count) {
    this.http = http;
    this.departments = reference.departments().stream().map(ReferenceData.Code::code).toList();
    reference.ticketTopics().forEach(t -> topicDepartments.put(t.code(), t.department()));
    List<String> channels = reference.channels().stream().map(ReferenceData.Code::code).toList();
    List<String> categories =
        reference.ticketCategories().stream().map(ReferenceData.Code::code).toList();
    List<String> districts = reference.districts().stream().map(ReferenceData.Code::code).toList();
    List<String> topics = new ArrayList<>(topicDepartments.keySet());
    Path[] paths = Path.values();
    for (int i = 0; i < count; i++) {
      Path path = paths[i % paths.length];
      int round = i / paths.length;
      String topic = (i / 3) % 8 == 7 ? null : topics.get((round + i) % topics.size());
      if (path == Path.HEATING_DEPARTMENT || path == Path.OTHER_DEPARTMENT_FORBIDDEN) {
        topic = round % 2 == 0 ? "HEATING" : topic;
      }
      // Some anonymous callers, one kind without any caller at all; mobile and landline numbers.
      boolean anonymous = i % 9 == 4 || i % 13 == 6;
      String phone =
          anonymous
              ? null
              : i % 5 == 1 ? "0458-%07d".formatted(3_000_000 + i) : "139%08d".formatted(i);
      boolean first = path == Path.FIRST_CONTACT_CLOSED || path == Path.FIRST_CONTACT_CALLED_BACK;
      tickets.add(
          new ScriptedDayTicket(
              i,
              path,
              channels.get(i % channels.size()),
              categories.get((i / 7) % categories.size()),
              topic,
              districts.get((i / 3) % districts.size()),
              URGENCIES[(i / 5) % URGENCIES.length],
              SURNAMES[i % SURNAMES.length] + NAME_MARKER + i,
              phone,
              anonymous && i % 2 == 0,
              DESCRIPTION_MARKER + "第" + i + "号：" + (topic == null ? "其他问题" : topic),
              first ? text("已当场答复政策 " + i) : null,
              ALWAYS_PROBED.contains(path) || round % 2 == 0));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The day

  void receive(ScriptedDayTicket t) {
    Answer a = http.post(AGENT, "/api/tickets", null, t.intake());
    assertThat(a.status()).as("%s: %s", t, a).isEqualTo(201);
    assertThat(a.etag()).as("%s", a).isEqualTo("\"1\"");
    JsonNode body = a.body();
    t.id = body.get("id").asString();
    t.number = body.get("number").asString();
    t.version = body.get("version").asLong();
    t.status = body.get("status").asString();
    assertThat(t.number).as("%s", a).matches("12345-\\d{8}-\\d{6}");
    assertThat(t.version).as("%s", a).isEqualTo(1);
    assertThat(t.status)
        .as("%s", a)
        .isEqualTo(t.answer == null ? "RECEIVED" : "RESOLVED_ON_FIRST_CONTACT");
    if (t.phone != null) {
      assertThat(body.at("/caller/phone").asString())
          .as("the agent sees the phone")
          .isEqualTo(t.phone);
    } else {
      assertThat(body.at("/caller/anonymous").asBoolean()).as("%s", a).isTrue();
    }
    t.events.add(TicketEventType.RECEIVED);
  }

  void play(ScriptedDayTicket t) {
    switch (t.path) {
      case FIRST_CONTACT_CLOSED -> {
        refused(t, dispatch(t, departmentFor(t)));
        ok(t, close(AGENT));
        refused(t, supervise());
        refused(t, callback(t, "SATISFIED"));
      }
      case FIRST_CONTACT_CALLED_BACK -> {
        ok(t, callback(t, "VERY_SATISFIED"));
        refused(t, reopen());
        ok(t, close(AGENT));
      }
      case STANDARD -> {
        forbidden(t, sign(HEATING));
        ok(t, dispatch(t, departmentFor(t)));
        refused(t, close(AGENT));
        ok(t, sign(userFor(t)));
        ok(t, reply(userFor(t), "RESOLVED"));
        ok(t, callback(t, "SATISFIED"));
        refused(t, reopen());
        ok(t, close(AGENT));
        refused(t, close(AGENT));
      }
      case RETURNED_AND_REDISPATCHED -> {
        String first = departmentFor(t);
        ok(t, dispatch(t, first));
        ok(t, giveBack(userFor(t)));
        forbidden(t, sign(staffOf(first)));
        ok(t, dispatch(t, otherThan(first, t.index + 1)));
        finishFromDispatched(t, "SATISFIED");
      }
      case EXTENSION_GRANTED -> {
        ok(t, dispatch(t, departmentFor(t)));
        ok(t, sign(userFor(t)));
        Instant before = t.deadline;
        ok(t, extend(userFor(t), t.deadline.plus(Duration.ofDays(7))));
        refused(t, extend(userFor(t), t.deadline.plus(Duration.ofDays(9))));
        JsonNode granted = ok(t, decide(true));
        assertThat(t.deadline).as("%s: the granted deadline", t).isAfter(before);
        assertThat(granted.at("/milestones/extendedAt").size()).as("%s", t).isEqualTo(1);
        finishFromSigned(t, "BASICALLY_SATISFIED");
      }
      case EXTENSION_REFUSED -> {
        ok(t, dispatch(t, departmentFor(t)));
        ok(t, sign(userFor(t)));
        Instant before = t.deadline;
        forbidden(t, extend(AGENT, t.deadline.plus(Duration.ofDays(5))));
        ok(t, extend(userFor(t), t.deadline.plus(Duration.ofDays(5))));
        forbidden(t, decide(false).withUser(userFor(t)));
        ok(t, decide(false));
        assertThat(t.deadline).as("%s: the deadline stays after a refusal", t).isEqualTo(before);
        refused(t, decide(true));
        finishFromSigned(t, "BASICALLY_SATISFIED");
      }
      case REOPENED -> {
        ok(t, dispatch(t, departmentFor(t)));
        ok(t, sign(userFor(t)));
        ok(t, reply(userFor(t), "EXPLAINED"));
        ok(t, callback(t, t.index % 2 == 0 ? "UNSATISFIED" : "VERY_UNSATISFIED"));
        refused(t, callback(t, "SATISFIED"));
        ok(t, reopen());
        refused(t, reopen());
        ok(t, dispatch(t, departmentFor(t)));
        finishFromDispatched(t, "SATISFIED");
      }
      case UNREACHABLE_THEN_REACHED -> {
        ok(t, dispatch(t, departmentFor(t)));
        ok(t, sign(userFor(t)));
        ok(t, reply(userFor(t), "RESOLVED"));
        ok(t, callback(t, "UNREACHABLE"));
        refused(t, reopen());
        ok(t, callback(t, "SATISFIED"));
        refused(t, callback(t, "SATISFIED"));
        ok(t, close(AGENT));
      }
      case REFERRED -> {
        ok(t, refer());
        refused(t, dispatch(t, departmentFor(t)));
        refused(t, close(AGENT));
        refused(t, refer());
      }
      case DUPLICATE -> {
        ScriptedDayTicket original = tickets.get(t.index - 1);
        refused(t, duplicateOf(t.number));
        invalid(t, duplicateOf("12345-19990101-999999"), "original");
        JsonNode body = ok(t, duplicateOf(t.index % 2 == 0 ? original.number : original.id));
        assertThat(body.at("/milestones/duplicateOf").asString())
            .as("%s: duplicate of %s", t, original)
            .isEqualTo(original.id);
        t.duplicateOf = original.id;
        refused(t, supervise());
        refused(t, dispatch(t, departmentFor(t)));
      }
      case SUPERVISED -> {
        ok(t, supervise());
        refused(t, supervise());
        ok(t, dispatch(t, departmentFor(t)));
        finishFromDispatched(t, "SATISFIED");
      }
      case AGENT_REPLIES_FOR_DEPARTMENT -> {
        ok(t, dispatch(t, departmentFor(t)));
        ok(t, reply(AGENT, t.index % 2 == 0 ? "NOT_RESOLVABLE" : "RESOLVED"));
        refused(t, sign(userFor(t)));
        ok(t, callback(t, "SATISFIED"));
        ok(t, close(AGENT));
      }
      case OTHER_DEPARTMENT_FORBIDDEN -> {
        String department = otherThan(departmentFor(t), t.index);
        assertThat(department).isNotEqualTo(HEATING_CO);
        ok(t, dispatch(t, department));
        forbiddenGet(t, HEATING);
        forbidden(t, sign(HEATING));
        forbidden(t, giveBack(HEATING));
        forbidden(t, sign(AGENT));
        ok(t, sign(staffOf(department)));
        forbidden(t, reply(HEATING, "RESOLVED"));
        forbidden(t, extend(HEATING, t.deadline.plus(Duration.ofDays(3))));
        forbidden(t, close(staffOf(department)));
        ok(t, reply(staffOf(department), "RESOLVED"));
        forbidden(t, callback(t, "SATISFIED").withUser(HEATING));
        ok(t, callback(t, "SATISFIED"));
        ok(t, close(AGENT));
      }
      case HEATING_DEPARTMENT -> {
        ok(t, dispatch(t, HEATING_CO));
        Answer seen = http.get(HEATING, t.url());
        assertThat(seen.status()).as("%s: %s", t, seen).isEqualTo(200);
        if (t.phone != null) {
          assertThat(seen.body().at("/caller/phone").asString())
              .as("%s: the holding department sees the phone, to call back", t)
              .isEqualTo(t.phone);
        }
        ok(t, sign(HEATING));
        ok(t, reply(HEATING, "RESOLVED"));
        if (t.phone != null) {
          assertThat(http.get(HEATING, t.url()).body().at("/caller/phone").asString())
              .as("%s: masked again once the ticket has left the department", t)
              .contains("*")
              .isNotEqualTo(t.phone);
        }
        forbidden(t, callback(t, "SATISFIED").withUser(HEATING));
        ok(t, callback(t, "SATISFIED"));
        ok(t, close(AGENT));
      }
      case STALE_VERSIONS -> {
        long seen = t.version;
        ok(t, dispatch(t, departmentFor(t)));
        // The same request again, as a client retrying after a lost answer: no second dispatch.
        stale(t, dispatch(t, departmentFor(t)), seen, true);
        ok(t, sign(userFor(t)));
        stale(t, reply(userFor(t), "RESOLVED"), t.version - 1, true);
        stale(t, reply(userFor(t), "RESOLVED"), seen, false);
        ok(t, reply(userFor(t), "RESOLVED"));
        ok(t, callback(t, "SATISFIED"));
        stale(t, close(AGENT), t.version - 2, true);
        stale(t, close(AGENT), t.version + 1, true);
        ok(t, close(AGENT));
      }
      case RACE_SIGN_VS_RETURN -> {
        ok(t, dispatch(t, departmentFor(t)));
        int won = race(t, sign(userFor(t)), giveBack(userFor(t)), true);
        if (won == 1) {
          ok(t, dispatch(t, otherThan(t.department, t.index)));
          ok(t, sign(userFor(t)));
        }
        finishFromSigned(t, "SATISFIED");
      }
      case RACE_TWO_CALLBACKS -> {
        ok(t, dispatch(t, departmentFor(t)));
        ok(t, sign(userFor(t)));
        ok(t, reply(userFor(t), "RESOLVED"));
        int won = race(t, callback(t, "SATISFIED"), callback(t, "UNSATISFIED"), true);
        if (won == 1) {
          ok(t, reopen());
          ok(t, dispatch(t, departmentFor(t)));
          finishFromDispatched(t, "SATISFIED");
        } else {
          refused(t, reopen());
          ok(t, close(AGENT));
        }
      }
      case RACE_TWO_CLOSES -> {
        ok(t, dispatch(t, departmentFor(t)));
        ok(t, sign(userFor(t)));
        ok(t, reply(userFor(t), "RESOLVED"));
        ok(t, callback(t, "SATISFIED"));
        race(t, close(AGENT).labelled("close A"), close(AGENT).labelled("close B"), false);
      }
      case RACE_GRANT_VS_REFUSE -> {
        ok(t, dispatch(t, departmentFor(t)));
        ok(t, sign(userFor(t)));
        ok(t, extend(userFor(t), t.deadline.plus(Duration.ofDays(4))));
        race(t, decide(true), decide(false), true);
        finishFromSigned(t, "SATISFIED");
      }
      case RACE_TWO_DISPATCHES -> {
        String first = departmentFor(t);
        race(
            t,
            dispatch(t, first).labelled("dispatch A"),
            dispatch(t, otherThan(first, t.index)).labelled("dispatch B"),
            true);
        finishFromDispatched(t, "SATISFIED");
      }
      case LEFT_OPEN -> {
        switch (variant(t)) {
          case 0 -> refused(t, reply(AGENT, "RESOLVED"));
          case 1 -> ok(t, dispatch(t, departmentFor(t)));
          case 2 -> {
            ok(t, dispatch(t, departmentFor(t)));
            ok(t, sign(userFor(t)));
            ok(t, extend(userFor(t), t.deadline.plus(Duration.ofDays(3))));
            refused(t, extend(userFor(t), t.deadline.plus(Duration.ofDays(6))));
          }
          case 3 -> {
            ok(t, dispatch(t, departmentFor(t)));
            ok(t, sign(userFor(t)));
            ok(t, reply(userFor(t), "EXPLAINED"));
            refused(t, close(AGENT));
          }
          default -> {
            ok(t, dispatch(t, departmentFor(t)));
            ok(t, sign(userFor(t)));
            ok(t, reply(userFor(t), "RESOLVED"));
            ok(t, callback(t, "UNREACHABLE"));
            refused(t, reopen());
          }
        }
      }
      default -> throw new IllegalStateException("no script for " + t.path);
    }
  }

  /** After every ticket played: steps that need other tickets to have reached their end. */
  void epilogue(ScriptedDayTicket t) {
    if (t.path == Path.LEFT_OPEN && variant(t) == 0) {
      ScriptedDayTicket duplicate =
          tickets.stream().filter(o -> o.path == Path.DUPLICATE).findFirst().orElseThrow();
      refused(t, duplicateOf(duplicate.number));
    }
  }

  /** The ticket as the API shows it at the end of the day matches the script. */
  String verify(ScriptedDayTicket t) {
    Answer a = http.get(AGENT, t.url());
    assertThat(a.status()).as("%s: %s", t, a).isEqualTo(200);
    assertThat(a.body().get("status").asString()).as("%s: %s", t, a).isEqualTo(t.status);
    assertThat(a.body().get("version").asLong()).as("%s: %s", t, a).isEqualTo(t.version);
    assertThat(a.etag()).as("%s", a).isEqualTo("\"" + t.version + "\"");
    assertThat(a.body().get("history").size()).as("%s: audit trail", t).isEqualTo(t.events.size());
    assertThat(t.events).as("%s: one event per version", t).hasSize((int) t.version);
    if (t.duplicateOf != null) {
      assertThat(a.body().at("/milestones/duplicateOf").asString()).isEqualTo(t.duplicateOf);
    }
    return a.body().get("status").asString();
  }

  private static int variant(ScriptedDayTicket t) {
    return (t.index / Path.values().length) % 5;
  }

  private void finishFromDispatched(ScriptedDayTicket t, String rating) {
    ok(t, sign(userFor(t)));
    finishFromSigned(t, rating);
  }

  private void finishFromSigned(ScriptedDayTicket t, String rating) {
    ok(t, reply(userFor(t), "RESOLVED"));
    ok(t, callback(t, rating));
    ok(t, close(AGENT));
  }

  // ---------------------------------------------------------------------------------------------
  // Expectations of one request

  /** 200 with the ticket one version on, in the status the action leads to, and one event. */
  JsonNode ok(ScriptedDayTicket t, Call call) {
    long seen = t.version;
    String expected = call.act().statusAfter(t.status);
    Answer a = send(t, call, seen);
    assertThat(a.status()).as("%s: %s", t, a).isEqualTo(200);
    checkApplied(t, call, a, seen, expected);
    applied(t, call, a.body());
    return a.body();
  }

  /** 409 because the status forbids the action: the problem carries the unchanged ticket. */
  void refused(ScriptedDayTicket t, Call call) {
    if (!t.probes) {
      return;
    }
    expectConflict(t, send(t, call, t.version));
    tally.refused.increment();
  }

  /** 409 because the version the user saw is not the ticket's: the problem carries the ticket. */
  void stale(ScriptedDayTicket t, Call call, long seen, boolean header) {
    if (!t.probes) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>(call.body());
    String ifMatch = null;
    if (header) {
      ifMatch = "\"" + seen + "\"";
    } else {
      body.put("version", seen);
    }
    expectConflict(t, http.post(call.user(), t.url() + "/" + call.act().path, ifMatch, body));
    tally.stale.increment();
  }

  /** 403: the user's role or department may not; nothing changes. */
  void forbidden(ScriptedDayTicket t, Call call) {
    if (!t.probes) {
      return;
    }
    Answer a = send(t, call, t.version);
    assertThat(a.status()).as("%s: %s", t, a).isEqualTo(403);
    assertThat(a.isProblem()).as("%s: a problem", a).isTrue();
    assertThat(a.body().has("current")).as("%s: no ticket in a 403", a).isFalse();
    tally.forbidden.increment();
  }

  void forbiddenGet(ScriptedDayTicket t, User user) {
    if (!t.probes) {
      return;
    }
    Answer a = http.get(user, t.url());
    assertThat(a.status()).as("%s: %s", t, a).isEqualTo(403);
    assertThat(a.isProblem()).as("%s: a problem", a).isTrue();
    assertThat(a.text()).as("%s: nothing of the ticket", a).doesNotContain(t.number);
    tally.forbidden.increment();
  }

  void invalid(ScriptedDayTicket t, Call call, String field) {
    if (!t.probes) {
      return;
    }
    Answer a = send(t, call, t.version);
    assertThat(a.status()).as("%s: %s", t, a).isEqualTo(400);
    assertThat(a.isProblem()).as("%s: a problem", a).isTrue();
    assertThat(a.body().at("/errors/0/field").asString()).as("%s", a).isEqualTo(field);
    tally.invalid.increment();
  }

  /**
   * Fires two requests at once with the same If-Match (or none): exactly one must win (200) and the
   * other get 409 with the winner's ticket. Returns which won, 0 or 1.
   */
  int race(ScriptedDayTicket t, Call first, Call second, boolean ifMatch) {
    long seen = t.version;
    String etag = ifMatch ? "\"" + seen + "\"" : null;
    String from = t.status;
    List<Answer> answers =
        http.atOnce(
            () -> http.post(first.user(), t.url() + "/" + first.act().path, etag, first.body()),
            () -> http.post(second.user(), t.url() + "/" + second.act().path, etag, second.body()));
    Answer one = answers.get(0);
    Answer two = answers.get(1);
    int won = one.status() == 200 ? 0 : 1;
    Call winner = won == 0 ? first : second;
    Answer win = won == 0 ? one : two;
    Answer lost = won == 0 ? two : one;
    // A department whose return won no longer holds the ticket: its other action is refused as
    // not its own (403, nothing of the ticket), not told the ticket's new state.
    boolean leftTheDepartment = winner.act() == Act.RETURN && lost.status() == 403;
    assertThat(List.of(one.status(), two.status()))
        .as("%s: one wins, one is told: %s | %s", t, one, two)
        .containsExactlyInAnyOrder(200, leftTheDepartment ? 403 : 409);
    checkApplied(t, winner, win, seen, winner.act().statusAfter(from));
    applied(t, winner, win.body());
    String told;
    if (leftTheDepartment) {
      assertThat(lost.body().has("current")).as("%s: no ticket in a 403", lost).isFalse();
      told = "department";
    } else {
      expectConflict(t, lost);
      // Told by the version check (the ticket changed since the version it sent or read) or by
      // the state machine (it read the ticket after the winner's write, without If-Match).
      told = lost.body().get("detail").asString().contains("changed since") ? "version" : "state";
    }
    tally.wonRace(
        t.path
            + ": "
            + first.label()
            + " | "
            + second.label()
            + " → "
            + winner.label()
            + " won, loser told by "
            + told);
    t.outcome += winner.label() + " won; ";
    return won;
  }

  private void checkApplied(
      ScriptedDayTicket t, Call call, Answer a, long seen, String expectedStatus) {
    assertThat(a.etag()).as("%s: %s", t, a).isEqualTo("\"" + (seen + 1) + "\"");
    assertThat(a.body().get("id").asString()).as("%s", a).isEqualTo(t.id);
    assertThat(a.body().get("version").asLong()).as("%s: %s", t, a).isEqualTo(seen + 1);
    assertThat(a.body().get("status").asString()).as("%s: %s", t, a).isEqualTo(expectedStatus);
    JsonNode history = a.body().get("history");
    assertThat(history.get(history.size() - 1).get("action").asString())
        .as("%s: audit trail of %s", t, call)
        .isEqualTo(call.act() == Act.DUPLICATE_OF ? "MARK_DUPLICATE" : actionName(call.act()));
  }

  private static String actionName(Act act) {
    return switch (act) {
      case EXTEND -> "REQUEST_EXTENSION";
      case GRANT -> "GRANT_EXTENSION";
      case REFUSE -> "REFUSE_EXTENSION";
      default -> act.name();
    };
  }

  private void applied(ScriptedDayTicket t, Call call, JsonNode body) {
    t.version++;
    t.status = body.get("status").asString();
    t.events.add(call.act().event);
    JsonNode dispatch = body.get("dispatch");
    if (dispatch != null && !dispatch.isNull()) {
      t.department = dispatch.get("department").asString();
      t.deadline = instant(dispatch.get("deadline"));
    } else {
      t.department = null;
      t.deadline = null;
    }
    if (call.act() == Act.REFER) {
      t.referred = true;
    }
  }

  private void expectConflict(ScriptedDayTicket t, Answer a) {
    a.assertConflict(t, t.id, t.version, t.status);
  }

  /** Sends a call with the version the user saw, the way clients vary. */
  private Answer send(ScriptedDayTicket t, Call call, long seen) {
    return http.postSeen(
        call.user(), t.url() + "/" + call.act().path, call.body(), seen, t.index + t.step++);
  }

  // ---------------------------------------------------------------------------------------------
  // The requests

  private Call dispatch(ScriptedDayTicket t, String department) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("department", department);
    if (t.index % 4 == 0) {
      body.put(
          "deadline",
          Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS).toString());
    }
    if (t.index % 3 == 0) {
      body.put("note", text("请尽快处理"));
    }
    return new Call(Act.DISPATCH, AGENT, body, "dispatch to " + department);
  }

  private Call sign(User user) {
    return new Call(Act.SIGN, user, note(null), "sign");
  }

  private Call giveBack(User user) {
    return new Call(Act.RETURN, user, Map.of("reason", text("不属于本单位职责")), "return");
  }

  private Call extend(User user, Instant deadline) {
    return new Call(
        Act.EXTEND,
        user,
        Map.of("deadline", deadline.toString(), "reason", text("需协调多个部门")),
        "request extension");
  }

  private Call decide(boolean grant) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("decision", grant ? "GRANT" : "REFUSE");
    body.put("note", grant ? text("同意延期") : text("不同意延期"));
    return new Call(grant ? Act.GRANT : Act.REFUSE, AGENT, body, grant ? "grant" : "refuse");
  }

  private Call reply(User user, String result) {
    return new Call(
        Act.REPLY, user, Map.of("result", result, "note", text("已处理并答复")), "reply " + result);
  }

  private Call callback(ScriptedDayTicket t, String rating) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("rating", rating);
    if (t.index % 2 == 1) {
      body.put("note", text("回访完成"));
    }
    return new Call(Act.CALLBACK, AGENT, body, "callback " + rating);
  }

  private Call reopen() {
    return new Call(Act.REOPEN, AGENT, Map.of("reason", text("市民不满意，重办")), "reopen");
  }

  private Call close(User user) {
    return new Call(Act.CLOSE, user, note(null), "close");
  }

  private Call refer() {
    return new Call(Act.REFER, AGENT, note(text("邻里纠纷，转人民调解")), "refer");
  }

  private Call duplicateOf(String original) {
    return new Call(Act.DUPLICATE_OF, AGENT, Map.of("original", original), "duplicate of");
  }

  private Call supervise() {
    return new Call(Act.SUPERVISE, AGENT, note(text("重点督办")), "supervise");
  }

  /** Free text as users type it, marked so that the test can tell it never reaches an event. */
  private static String text(String text) {
    return DESCRIPTION_MARKER + "：" + text;
  }

  private static Map<String, Object> note(String note) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (note != null) {
      body.put("note", note);
    }
    return body;
  }

  /** The department the ticket's topic suggests, or one picked by its index. */
  private String departmentFor(ScriptedDayTicket t) {
    String suggested = t.topic == null ? null : topicDepartments.get(t.topic);
    return suggested != null ? suggested : departments.get(t.index % departments.size());
  }

  private String otherThan(String department, int pick) {
    List<String> others =
        departments.stream().filter(d -> !d.equals(department) && !d.equals(HEATING_CO)).toList();
    return others.get(pick % others.size());
  }

  /**
   * The staff of the department holding the ticket: for the heating company its configured user for
   * half of its tickets.
   */
  private static User userFor(ScriptedDayTicket t) {
    return HEATING_CO.equals(t.department) && t.index % 2 == 0 ? HEATING : staffOf(t.department);
  }

  static Instant instant(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isNumber()) {
      BigDecimal seconds = node.decimalValue();
      return Instant.ofEpochSecond(
          seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
    }
    return Instant.parse(node.asString());
  }
}
