package io.civicline.perf.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.ReferenceData;
import io.civicline.perf.load.TicketFact.Kind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ExpectedFiguresTests {

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
  private static final Instant NINE_AM = Instant.parse("2026-03-02T01:00:00Z");
  private static final Predicate<Instant> IN_2026 = at -> at.atZone(CITY).getYear() == 2026;
  private static final String WATER = "WATER_CO";
  private static final String HEATING = "HEATING_CO";

  private static TicketRecord ticket(TicketJourney journey, String channel, String district) {
    TicketRecord t =
        new TicketRecord(
            journey,
            channel,
            "COMPLAINT",
            "HEATING",
            district,
            district.equals("YIMEI") ? "YIMEI_XURI" : null,
            null,
            null,
            "SATISFIED",
            true,
            0);
    t.id = "id-" + System.identityHashCode(t);
    return t;
  }

  /** Received by phone in YIMEI at {@link #NINE_AM}: the facts below follow on its minutes. */
  private static TicketRecord received() {
    TicketRecord t = ticket(TicketJourney.STANDARD, "PHONE", "YIMEI");
    t.add(TicketFact.of(Kind.RECEIVED, NINE_AM, null));
    t.status = "CLOSED";
    return t;
  }

  private static Instant minute(int minutes) {
    return NINE_AM.plus(Duration.ofMinutes(minutes));
  }

  private static void dispatch(TicketRecord t, int minute, String department) {
    t.add(TicketFact.of(Kind.DISPATCHED, minute(minute), department));
  }

  private static void reply(TicketRecord t, int minute, String department, boolean onTime) {
    t.add(TicketFact.timed(Kind.REPLIED, minute(minute), department, onTime));
  }

  /** A callback about the newest answer, as the desk records it. */
  private static void callback(TicketRecord t, int minute, String rating, boolean solved) {
    t.add(TicketFact.callback(minute(minute), t.answeredBy(), rating, solved));
  }

  private static Map<Slice, Map<String, Number>> figures(TicketRecord... tickets) {
    return ExpectedFigures.hotline(List.of(tickets), Map.of(), IN_2026);
  }

  private static Map<String, Number> of(Map<Slice, Map<String, Number>> figures, String dept) {
    return figures.get(new Slice("department", dept));
  }

  @Test
  void aDuplicateIsNotReceivedAndAFailedJourneyKeepsTheFactsItCaused() {
    TicketRecord answered = ticket(TicketJourney.FIRST_CONTACT, "PHONE", "YIMEI");
    answered.add(TicketFact.of(Kind.RECEIVED, NINE_AM, null));
    answered.add(TicketFact.of(Kind.ANSWERED_AT_INTAKE, NINE_AM, null));
    answered.add(TicketFact.callback(minute(5), answered.answeredBy(), "VERY_SATISFIED", true));
    answered.status = "CLOSED";
    TicketRecord duplicate = ticket(TicketJourney.DUPLICATE, "WEB", "YIMEI");
    duplicate.add(TicketFact.of(Kind.RECEIVED, NINE_AM, null));
    duplicate.add(TicketFact.of(Kind.DUPLICATE_MARKED, minute(1), null));
    duplicate.status = "DUPLICATE";
    TicketRecord failed = ticket(TicketJourney.STANDARD, "PHONE", "WUCUI");
    failed.add(TicketFact.of(Kind.RECEIVED, NINE_AM, null));
    failed.status = "RECEIVED";
    failed.failure = "409";

    Map<Slice, Map<String, Number>> figures = figures(answered, duplicate, failed);

    assertThat(figures.get(Slice.CITY))
        .containsEntry("received", 2L)
        .containsEntry("callsAnswered", 2L)
        .containsEntry("resolvedOnFirstContact", 1L)
        .containsEntry("rated", 1L)
        .containsEntry("resolved", 1L)
        .containsEntry("open", 1L)
        .containsEntry("resolvedOnFirstContactRate", new BigDecimal("50.0"))
        .containsEntry("responseRate", null);
    assertThat(figures.get(new Slice("district", "WUCUI")))
        .containsEntry("received", 1L)
        .containsEntry("open", 1L);
    assertThat(figures.get(new Slice("channel", "WEB"))).containsEntry("received", 0L);
    assertThat(figures.get(new Slice("topic", "HEATING"))).containsEntry("received", 2L);
    // Only the tickets of a street count under it: those of WUCUI have none here.
    assertThat(figures.get(new Slice("street", "YIMEI_XURI"))).containsEntry("received", 1L);
    assertThat(figures.keySet()).filteredOn(slice -> "street".equals(slice.by())).hasSize(1);
    assertThat(figures.keySet()).noneMatch(slice -> "department".equals(slice.by()));
  }

  @Test
  void theRecordAddsToTheFiguresBeforeTheRun() {
    TicketRecord open = received();
    dispatch(open, 1, HEATING);
    open.status = "DISPATCHED";
    open.holder = HEATING;

    Map<Slice, Map<String, Number>> figures =
        ExpectedFigures.hotline(
            List.of(open),
            Map.of(Slice.CITY, Map.of("received", 2L, "dispatches", 1L, "signedOnTime", 1L)),
            IN_2026);

    assertThat(figures.get(Slice.CITY))
        .containsEntry("received", 3L)
        .containsEntry("dispatched", 1L)
        .containsEntry("dispatches", 2L)
        .containsEntry("open", 1L)
        .containsEntry("responseRate", new BigDecimal("50.0"));
    assertThat(of(figures, HEATING)).containsEntry("dispatched", 1L).containsEntry("open", 1L);
  }

  /** 签收 on time, 办结, 不满意, 重办, the same department again: its first signature stays. */
  @Test
  void aReopenKeepsTheOnTimeSignatureOfTheFirstDispatch() {
    TicketRecord t = received();
    dispatch(t, 1, WATER);
    t.add(TicketFact.timed(Kind.SIGNED, minute(1), WATER, true));
    reply(t, 30, WATER, true);
    callback(t, 40, "UNSATISFIED", false);
    t.add(TicketFact.of(Kind.REOPENED, minute(41), t.answeredBy()));
    dispatch(t, 42, WATER);
    reply(t, 60, WATER, true);
    callback(t, 70, "SATISFIED", true);

    Map<Slice, Map<String, Number>> figures = figures(t);

    for (Map<String, Number> scope : List.of(figures.get(Slice.CITY), of(figures, WATER))) {
      assertThat(scope)
          .containsEntry("dispatches", 2L)
          .containsEntry("signedOnTime", 1L)
          .containsEntry("responseRate", new BigDecimal("50.0"))
          .containsEntry("completed", 2L)
          .containsEntry("completedOnTimeRate", new BigDecimal("100.0"))
          .containsEntry("rated", 2L)
          .containsEntry("satisfactionRate", new BigDecimal("50.0"))
          .containsEntry("resolutionRate", new BigDecimal("50.0"))
          .containsEntry("reopened", 1L);
    }
    assertThat(figures.get(Slice.CITY)).containsEntry("dispatched", 1L);
    assertThat(of(figures, WATER)).containsEntry("dispatched", 2L);
  }

  /** 退单, then another department: the first keeps its return, the second only what it did. */
  @Test
  void aReturnedTicketChargesEachDepartmentOnlyWithWhatItDid() {
    TicketRecord t = received();
    dispatch(t, 1, WATER);
    t.add(TicketFact.of(Kind.RETURNED, minute(20), WATER));
    dispatch(t, 21, HEATING);
    t.add(TicketFact.timed(Kind.SIGNED, minute(21), HEATING, true));
    reply(t, 50, HEATING, true);
    callback(t, 60, "SATISFIED", true);

    Map<Slice, Map<String, Number>> figures = figures(t);

    assertThat(figures.get(Slice.CITY))
        .containsEntry("dispatched", 1L)
        .containsEntry("dispatches", 2L)
        .containsEntry("returned", 1L)
        .containsEntry("responseRate", new BigDecimal("50.0"))
        .containsEntry("completed", 1L)
        .containsEntry("satisfied", 1L);
    assertThat(of(figures, WATER))
        .containsEntry("dispatched", 1L)
        .containsEntry("dispatches", 1L)
        .containsEntry("returned", 1L)
        .containsEntry("responseRate", new BigDecimal("0.0"))
        .containsEntry("completedOnTimeRate", null)
        .containsEntry("satisfactionRate", null)
        .doesNotContainKeys("completed", "rated");
    assertThat(of(figures, HEATING))
        .containsEntry("dispatched", 1L)
        .containsEntry("signedOnTime", 1L)
        .containsEntry("responseRate", new BigDecimal("100.0"))
        .containsEntry("completedOnTime", 1L)
        .containsEntry("resolved", 1L)
        .doesNotContainKey("returned");
  }

  /** A late reply reopened, then an on-time one elsewhere: each counts for its own department. */
  @Test
  void aLateReplyReopenedThenAnOnTimeReplyCountEach() {
    TicketRecord t = received();
    dispatch(t, 1, "URBAN_MGMT");
    t.add(TicketFact.timed(Kind.SIGNED, minute(1), "URBAN_MGMT", true));
    reply(t, 30, "URBAN_MGMT", false);
    callback(t, 40, "VERY_UNSATISFIED", false);
    t.add(TicketFact.of(Kind.REOPENED, minute(41), t.answeredBy()));
    dispatch(t, 42, HEATING);
    t.add(TicketFact.timed(Kind.SIGNED, minute(42), HEATING, true));
    reply(t, 60, HEATING, true);
    callback(t, 70, "VERY_SATISFIED", true);

    Map<Slice, Map<String, Number>> figures = figures(t);

    assertThat(figures.get(Slice.CITY))
        .containsEntry("completed", 2L)
        .containsEntry("completedOnTime", 1L)
        .containsEntry("completedOnTimeRate", new BigDecimal("50.0"))
        .containsEntry("responseRate", new BigDecimal("100.0"))
        .containsEntry("reopened", 1L);
    assertThat(of(figures, "URBAN_MGMT"))
        .containsEntry("completed", 1L)
        .containsEntry("completedOnTimeRate", new BigDecimal("0.0"))
        .containsEntry("rated", 1L)
        .containsEntry("satisfactionRate", new BigDecimal("0.0"))
        .containsEntry("reopened", 1L);
    assertThat(of(figures, HEATING))
        .containsEntry("completedOnTimeRate", new BigDecimal("100.0"))
        .containsEntry("satisfactionRate", new BigDecimal("100.0"))
        .containsEntry("resolutionRate", new BigDecimal("100.0"))
        .doesNotContainKey("reopened");
  }

  /** Mediation's outcome is no department's completion; a case withdrawn hands the ticket back. */
  @Test
  void aReferralOutcomeIsNotACompletion() {
    TicketRecord mediated = received();
    mediated.add(TicketFact.of(Kind.REFERRED, minute(1), null));
    mediated.add(TicketFact.concluded(minute(90), "SUCCESS"));
    callback(mediated, 100, "SATISFIED", true);
    TicketRecord withdrawn = received();
    withdrawn.add(TicketFact.of(Kind.REFERRED, minute(1), null));
    withdrawn.add(TicketFact.concluded(minute(90), "WITHDRAWN"));
    dispatch(withdrawn, 91, WATER);
    reply(withdrawn, 120, WATER, true);
    callback(withdrawn, 130, "BASICALLY_SATISFIED", false);

    Map<Slice, Map<String, Number>> figures = figures(mediated, withdrawn);

    assertThat(figures.get(Slice.CITY))
        .containsEntry("referred", 2L)
        .containsEntry("referralsConcluded", 2L)
        .containsEntry("referralsSuccessful", 1L)
        .containsEntry("referralsWithdrawn", 1L)
        .containsEntry("referralsDeclined", 0L)
        .containsEntry("dispatched", 1L)
        .containsEntry("completed", 1L)
        .containsEntry("rated", 2L)
        .containsEntry("satisfied", 2L)
        .containsEntry("resolutionRate", new BigDecimal("50.0"));
    assertThat(of(figures, WATER))
        .containsEntry("completed", 1L)
        .containsEntry("rated", 1L)
        .containsEntry("resolutionRate", new BigDecimal("0.0"))
        .doesNotContainKeys("referred", "referralsConcluded");
  }

  /** 催办 counts for the department holding the ticket when it was urged. */
  @Test
  void anUrgeIsChargedToTheDepartmentHoldingTheTicket() {
    TicketRecord t = received();
    dispatch(t, 1, WATER);
    t.add(TicketFact.of(Kind.URGED, minute(10), WATER));
    t.add(TicketFact.of(Kind.URGED, minute(11), WATER));
    t.add(TicketFact.of(Kind.RETURNED, minute(20), WATER));
    dispatch(t, 21, HEATING);
    t.add(TicketFact.of(Kind.URGED, minute(30), HEATING));
    t.status = "DISPATCHED";
    t.holder = HEATING;

    Map<Slice, Map<String, Number>> figures = figures(t);

    assertThat(figures.get(Slice.CITY)).containsEntry("urged", 3L).containsEntry("open", 1L);
    assertThat(figures.get(new Slice("topic", "HEATING"))).containsEntry("urged", 3L);
    assertThat(of(figures, WATER)).containsEntry("urged", 2L).doesNotContainKey("open");
    assertThat(of(figures, HEATING)).containsEntry("urged", 1L).containsEntry("open", 1L);
  }

  /** A signature counts in its dispatch's year, a reply in its own. */
  @Test
  void eachFactCountsInThePeriodOfItsOwnTime() {
    Instant newYearsEve = Instant.parse("2025-12-31T15:00:00Z"); // 23:00 in the city
    TicketRecord t = ticket(TicketJourney.STANDARD, "PHONE", "YIMEI");
    t.add(TicketFact.of(Kind.RECEIVED, newYearsEve, null));
    t.add(TicketFact.of(Kind.DISPATCHED, newYearsEve, WATER));
    t.add(TicketFact.timed(Kind.SIGNED, newYearsEve, WATER, true));
    t.add(TicketFact.timed(Kind.REPLIED, NINE_AM, WATER, true));
    t.status = "REPLIED";

    Map<String, Number> city = figures(t).get(Slice.CITY);

    assertThat(city)
        .containsEntry("received", 0L)
        .containsEntry("dispatches", 0L)
        .containsEntry("signedOnTime", 0L)
        .containsEntry("completed", 1L)
        .containsEntry("open", 1L);
  }

  @Test
  void aSuccessWithALinkageBodyCountsAsLinkageAndAWithdrawalIsNotMediated() {
    CaseRecord linkage =
        new CaseRecord(CaseJourney.SUCCESS_LINKAGE, "YIMEI", "NEIGHBOURHOOD", "WALK_IN", "", null);
    linkage.id = "c1";
    linkage.status = "CLOSED";
    linkage.outcome = "SUCCESS";
    linkage.body = "YIMEI_COURT";
    CaseRecord withdrawn =
        new CaseRecord(CaseJourney.WITHDRAWN, "YIMEI", "NEIGHBOURHOOD", "WALK_IN", "", null);
    withdrawn.id = "c2";
    withdrawn.status = "CLOSED";
    withdrawn.outcome = "WITHDRAWN";
    withdrawn.body = "YIMEI_PMC";

    Map<String, Number> city =
        ExpectedFigures.mediation(List.of(linkage, withdrawn), ReferenceData.defaults(), Map.of())
            .get(Slice.CITY);

    assertThat(city)
        .containsEntry("registered", 2L)
        .containsEntry("closed", 2L)
        .containsEntry("mediated", 1L)
        .containsEntry("successful", 1L)
        .containsEntry("linkage", 1L)
        .containsEntry("successRate", new BigDecimal("100.0"));
  }

  @Test
  void ratesRoundHalfUpToOneDecimalAsTheReportsPrintThem() {
    assertThat(ExpectedFigures.rate(Map.of("s", 4744L, "m", 4812L), "s", "m"))
        .isEqualByComparingTo("98.6");
    assertThat(ExpectedFigures.rate(Map.of("s", 1L, "m", 8L), "s", "m"))
        .isEqualByComparingTo("12.5");
    assertThat(ExpectedFigures.rate(Map.of("s", 1L, "m", 16L), "s", "m"))
        .isEqualByComparingTo("6.3");
  }
}
