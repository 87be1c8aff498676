package io.civicline.stats.figures;

import static io.civicline.stats.Snapshots.callback;
import static io.civicline.stats.Snapshots.list;
import static io.civicline.stats.Snapshots.ticket;
import static io.civicline.stats.TicketEvents.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.civicline.events.TicketSnapshot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each hotline figure's definition, on the sample ticket received 2026-03-14 (Shanghai). */
class HotlineFiguresTests {

  private final HotlineFigures figures = new HotlineFigures(ZoneId.of("Asia/Shanghai"));

  @Test
  void aReceivedTicketCountsInItsDayMonthAndYearForTheCityAndEachOfItsCodes() {
    var snapshot = received("t1", "YIMEI", Instant.parse("2026-03-14T16:30:00Z")).snapshot();

    assertThat(counts(snapshot))
        .containsEntry("received|2026-03-15|CITY", 1L)
        .containsEntry("received|2026-03|CITY", 1L)
        .containsEntry("received|2026|CITY", 1L)
        .containsEntry("received|2026-03-15|DISTRICT:YIMEI", 1L)
        .containsEntry("received|2026-03-15|CATEGORY:COMPLAINT", 1L)
        .containsEntry("received|2026-03-15|CHANNEL:PHONE", 1L)
        .doesNotContainKey("received|2026-03-14|CITY");
  }

  @Test
  void aTicketWithoutDistrictOrDepartmentHasNoSuchBreakdown() {
    var snapshot = received("t1", null, Instant.parse("2026-03-14T01:00:00Z")).snapshot();

    assertThat(figures.countsOf(snapshot).keySet())
        .extracting(key -> key.breakdown().dimension())
        .doesNotContain(Dimension.DISTRICT, Dimension.DEPARTMENT);
  }

  @Test
  void callsAnsweredAreTheReceivedTicketsThatCameByPhone() {
    assertThat(counts(ticket("channel", "PHONE"))).containsEntry("callsAnswered|2026-03|CITY", 1L);
    assertThat(counts(ticket("channel", "WEB"))).doesNotContainKey("callsAnswered|2026-03|CITY");
  }

  @Test
  void aDuplicateCountsOnceWithItsOriginalSoNotItself() {
    Instant at = Instant.parse("2026-03-14T01:00:00Z");
    var snapshot = received("t2", "YIMEI", at).snapshot().asDuplicateOf("t1", at.plusSeconds(60));

    assertThat(counts(snapshot))
        .doesNotContainKeys("received|2026-03|CITY", "callsAnswered|2026-03|CITY")
        .doesNotContainKey("open|now|CITY");
  }

  @Test
  void aTicketAnsweredAtCreationIsResolvedOnFirstContactEvenAfterItsCallback() {
    assertThat(counts(ticket("status", "RESOLVED_ON_FIRST_CONTACT")))
        .containsEntry("resolvedOnFirstContact|2026-03-14|CITY", 1L);
    assertThat(counts(ticket("status", "CLOSED", "closedAt", "2026-03-15T01:00:00Z")))
        .containsEntry("resolvedOnFirstContact|2026-03-14|CITY", 1L);
  }

  @Test
  void aTicketWaitingForDispatchOrDispatchedIsNotResolvedOnFirstContact() {
    assertThat(counts(ticket())).doesNotContainKey("resolvedOnFirstContact|2026|CITY");
    assertThat(counts(dispatched("status", "DISPATCHED")))
        .doesNotContainKey("resolvedOnFirstContact|2026|CITY");
  }

  @Test
  void aTicketIsDispatchedInThePeriodOfItsFirstDispatchAndCountsForItsDepartment() {
    assertThat(counts(dispatched()))
        .containsEntry("dispatched|2026-03-16|CITY", 1L)
        .containsEntry("dispatched|2026-03-16|DEPARTMENT:HEATING_CO", 1L)
        .doesNotContainKey("dispatched|2026-03-14|CITY")
        // Receipt is the agents' work: no department is charged with it.
        .doesNotContainKey("received|2026-03-14|DEPARTMENT:HEATING_CO");
  }

  @Test
  void aDispatchSignedOnTimeCountsInThePeriodOfTheDispatch() {
    assertThat(counts(dispatched("signedAt", "2026-03-17T01:00:00Z", "signedOnTime", true)))
        .containsEntry("signedOnTime|2026-03-16|CITY", 1L);
    assertThat(counts(dispatched("signedAt", "2026-03-19T01:00:00Z", "signedOnTime", false)))
        .doesNotContainKey("signedOnTime|2026-03-16|CITY");
  }

  @Test
  void eachReturnCountsInItsOwnPeriod() {
    var snapshot = dispatched("returnedAt", list("2026-03-16T03:00:00Z", "2026-03-17T03:00:00Z"));

    assertThat(counts(snapshot))
        .containsEntry("returned|2026-03-16|CITY", 1L)
        .containsEntry("returned|2026-03-17|CITY", 1L)
        .containsEntry("returned|2026-03|CITY", 2L)
        .containsEntry("returned|2026-03|DISTRICT:YIMEI", 2L);
  }

  @Test
  void eachGrantedExtensionCounts() {
    var snapshot = dispatched("extendedAt", list("2026-03-18T03:00:00Z", "2026-04-01T03:00:00Z"));

    assertThat(counts(snapshot))
        .containsEntry("extended|2026-03|CITY", 1L)
        .containsEntry("extended|2026-04|CITY", 1L)
        .containsEntry("extended|2026|CITY", 2L);
  }

  @Test
  void aReplyCountsAsCompletedAndOnTimeOnlyWhenByTheDeadline() {
    var onTime = dispatched("completedAt", "2026-03-18T03:00:00Z", "completedOnTime", true);
    var late = dispatched("completedAt", "2026-03-18T03:00:00Z", "completedOnTime", false);

    assertThat(counts(onTime))
        .containsEntry("completed|2026-03-18|CITY", 1L)
        .containsEntry("completedOnTime|2026-03-18|CITY", 1L);
    assertThat(counts(late))
        .containsEntry("completed|2026-03-18|CITY", 1L)
        .doesNotContainKey("completedOnTime|2026-03-18|CITY");
  }

  @Test
  void eachRatedCallbackCountsAndTheThreeSatisfiedLevelsAreSatisfied() {
    var snapshot =
        ticket(
            "callbacks",
            list(
                callback("2026-03-20T01:00:00Z", "UNREACHABLE"),
                callback("2026-03-20T03:00:00Z", "UNSATISFIED"),
                callback("2026-03-21T03:00:00Z", "BASICALLY_SATISFIED"),
                callback("2026-03-22T03:00:00Z", "VERY_SATISFIED")));

    assertThat(counts(snapshot))
        .containsEntry("rated|2026-03|CITY", 3L)
        .containsEntry("satisfied|2026-03|CITY", 2L)
        .containsEntry("rated|2026-03-20|CITY", 1L)
        .doesNotContainKey("satisfied|2026-03-20|CITY");
  }

  @Test
  void eachReopeningCounts() {
    var snapshot = dispatched("reopenedAt", list("2026-03-20T03:00:00Z", "2026-03-25T03:00:00Z"));

    assertThat(counts(snapshot)).containsEntry("reopened|2026-03|CITY", 2L);
  }

  @Test
  void aReferralCountsInThePeriodItWasReferred() {
    assertThat(counts(ticket("status", "REFERRED", "referredAt", "2026-03-15T03:00:00Z")))
        .containsEntry("referred|2026-03-15|CITY", 1L)
        .doesNotContainKey("resolvedOnFirstContact|2026|CITY");
  }

  @Test
  void anOpenTicketCountsInTheLiveFiguresAndAnOverdueOneInBoth() {
    assertThat(counts(ticket()))
        .containsEntry("open|now|CITY", 1L)
        .containsEntry("open|now|DISTRICT:YIMEI", 1L)
        .doesNotContainKey("overdue|now|CITY");
    assertThat(counts(dispatched("overdue", true)))
        .containsEntry("open|now|CITY", 1L)
        .containsEntry("overdue|now|DEPARTMENT:HEATING_CO", 1L);
  }

  @Test
  void aTicketAtRiskCountsForTheDepartmentHoldingItAndForNoneOnceItIsBackWithTheAgents() {
    assertThat(counts(dispatched("atRisk", true)))
        .containsEntry("atRisk|now|CITY", 1L)
        .containsEntry("atRisk|now|DISTRICT:YIMEI", 1L)
        .containsEntry("atRisk|now|DEPARTMENT:HEATING_CO", 1L)
        .doesNotContainKey("overdue|now|CITY");
    assertThat(counts(dispatched("atRisk", true, "status", "RECEIVED")))
        .containsEntry("atRisk|now|CITY", 1L)
        .doesNotContainKey("atRisk|now|DEPARTMENT:HEATING_CO");
    assertThat(counts(dispatched("atRisk", false))).doesNotContainKey("atRisk|now|CITY");
  }

  @Test
  void aClosedTicketIsNeitherOpenNorOverdue() {
    var closed =
        dispatched("status", "CLOSED", "closedAt", "2026-03-20T01:00:00Z", "overdue", true);

    assertThat(counts(closed)).doesNotContainKeys("open|now|CITY", "overdue|now|CITY");
  }

  @Test
  void aTicketCountsForItsTopic() {
    assertThat(counts(ticket("topic", "WATER_SUPPLY")))
        .containsEntry("received|2026-03-14|TOPIC:WATER_SUPPLY", 1L)
        .containsEntry("open|now|TOPIC:WATER_SUPPLY", 1L);
  }

  @Test
  void theCityCountsTheFirstDispatchAndADepartmentEachDispatchToIt() {
    var snapshot =
        withSteps(
            step("DISPATCHED", "2026-03-16T01:00:00Z", "HEATING_CO"),
            step("RETURNED", "2026-03-16T03:00:00Z", "HEATING_CO"),
            step("DISPATCHED", "2026-03-17T01:00:00Z", "HEATING_CO"));

    assertThat(counts(snapshot))
        .containsEntry("dispatched|2026-03|CITY", 1L)
        .containsEntry("dispatched|2026-03|TOPIC:HEATING", 1L)
        .containsEntry("dispatched|2026-03|DEPARTMENT:HEATING_CO", 2L)
        .containsEntry("dispatched|2026-03-17|DEPARTMENT:HEATING_CO", 1L)
        .containsEntry("dispatches|2026-03|CITY", 2L)
        .containsEntry("dispatches|2026-03|DEPARTMENT:HEATING_CO", 2L)
        .doesNotContainKey("dispatched|2026-03-17|CITY");
  }

  @Test
  void anExtensionRequestAndItsGrantCountEachAtItsOwnTime() {
    var snapshot =
        withSteps(
            step("EXTENSION_REQUESTED", "2026-03-17T01:00:00Z", "HEATING_CO"),
            step("EXTENSION_GRANTED", "2026-03-18T01:00:00Z", "HEATING_CO"));

    assertThat(counts(snapshot))
        .containsEntry("extensionRequested|2026-03-17|DEPARTMENT:HEATING_CO", 1L)
        .containsEntry("extended|2026-03-18|DEPARTMENT:HEATING_CO", 1L)
        .doesNotContainKey("extended|2026-03-17|CITY");
  }

  @Test
  void aStepOfATypeTheCodeDoesNotKnowIsIgnored() {
    var known = withSteps(step("URGED", "2026-03-17T01:00:00Z", "HEATING_CO"));
    var withUnknown =
        withSteps(
            step("URGED", "2026-03-17T01:00:00Z", "HEATING_CO"),
            step("ESCALATED_TO_MAYOR", "2026-03-18T01:00:00Z", "HEATING_CO"));

    assertThat(counts(withUnknown)).isEqualTo(counts(known));
  }

  @Test
  void aSnapshotWithStepsIsCountedFromThemNotFromItsOtherFields() {
    var snapshot =
        dispatched("signedOnTime", true, "completedAt", "2026-03-18T03:00:00Z", "steps", list());

    assertThat(counts(snapshot).keySet())
        .noneMatch(key -> key.startsWith("dispatched|") || key.startsWith("signedOnTime|"))
        .noneMatch(key -> key.startsWith("completed|"));
  }

  @Test
  void aTicketNotYetReceivedCountsNowhere() {
    var snapshot = received("t1", "YIMEI", null).snapshot();

    assertThat(figures.countsOf(snapshot)).isEmpty();
    assertThat(figures.countsOf(null)).isEmpty();
  }

  @Test
  void aDistrictCodeThatCannotBeAKeyIsRefused() {
    var snapshot = received("t1", "YI|MEI", Instant.parse("2026-03-14T01:00:00Z")).snapshot();

    assertThatIllegalArgumentException().isThrownBy(() -> figures.countsOf(snapshot));
  }

  @Test
  void theKeysForAPeriodListEveryFigureWithTheLiveOnesAsOfNow() {
    assertThat(figures.keysFor(Period.parse("2026-03"), Breakdown.district("WUCUI")))
        .extracting(FigureKey::encode)
        .startsWith("received|2026-03|DISTRICT:WUCUI", "callsAnswered|2026-03|DISTRICT:WUCUI")
        .endsWith(
            "open|now|DISTRICT:WUCUI", "overdue|now|DISTRICT:WUCUI", "atRisk|now|DISTRICT:WUCUI")
        .hasSize(figures.figures().size());
  }

  @Test
  void aKeyReadsBackFromItsText() {
    var key = new FigureKey("received", Period.parse("2026-03-15"), Breakdown.district("YIMEI"));

    assertThat(FigureKey.decode(key.encode())).isEqualTo(key);
    assertThat(FigureKey.decode("open|now|CITY"))
        .isEqualTo(new FigureKey("open", Period.NOW, Breakdown.CITY));
  }

  /** The sample ticket dispatched on 2026-03-16 (Shanghai) to HEATING_CO, plus {@code changes}. */
  private static TicketSnapshot dispatched(Object... changes) {
    Object[] fields = new Object[changes.length + 8];
    System.arraycopy(
        new Object[] {
          "status", "DISPATCHED",
          "department", "HEATING_CO",
          "dispatchedAt", "2026-03-16T01:00:00Z",
          "firstDispatchedAt", "2026-03-16T01:00:00Z"
        },
        0,
        fields,
        0,
        8);
    System.arraycopy(changes, 0, fields, 8, changes.length);
    return ticket(fields);
  }

  /** The sample ticket written as the hotline writes it now, with these steps. */
  private static TicketSnapshot withSteps(Map<?, ?>... steps) {
    return ticket("steps", list((Object[]) steps));
  }

  private static Map<String, String> step(String type, String at, String department) {
    return Map.of("type", type, "at", at, "department", department);
  }

  private Map<String, Long> counts(TicketSnapshot snapshot) {
    return figures.countsOf(snapshot).entrySet().stream()
        .collect(Collectors.toMap(entry -> entry.getKey().encode(), Map.Entry::getValue));
  }
}
