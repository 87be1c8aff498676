package io.civicline.stats.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.TicketEvent;
import io.civicline.events.TicketSnapshot;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reference itself, on hand-written journeys whose numbers are worked out from the table of
 * docs/design.md, so that the randomized test does not trust it blindly.
 */
class ReferenceFiguresTests {

  private static final TicketModel.Intake INTAKE =
      new TicketModel.Intake("PHONE", "COMPLAINT", "HEATING", "YIMEI", null);

  @Test
  void aReceivedTicketCountsInItsDayMonthAndYearForTheCityEachIntakeCodeAndItsTopicInItsDistrict() {
    TicketModel t = ticket("2026-03-15T00:10");
    List<String> keys =
        new ArrayList<>(
            keys(
                List.of("received", "callsAnswered"),
                List.of("2026-03-15", "2026-03", "2026"),
                List.of(
                    "CITY",
                    "DISTRICT:YIMEI",
                    "CATEGORY:COMPLAINT",
                    "TOPIC:HEATING",
                    "CHANNEL:PHONE")));
    keys.addAll(
        List.of(
            "received|2026-03-15|TOPIC_DISTRICT:HEATING.YIMEI",
            "received|2026-03|TOPIC_DISTRICT:HEATING.YIMEI",
            "received|2026|TOPIC_DISTRICT:HEATING.YIMEI"));

    assertThat(ReferenceFigures.countersOf(t.events)).containsOnlyKeys(keys.toArray(String[]::new));
  }

  @Test
  void aTicketCountsForTheStreetOfItsNewestSnapshotOnly() {
    TicketModel t = ticket("2026-03-15T00:10");
    t.setPlace("YIMEI_XURI", at("2026-03-15T00:20"));
    t.dispatch("HEATING_CO", at("2026-03-15T01:00"), at("2026-03-20T23:59:59"));
    t.setPlace("YIMEI_NANJUN", at("2026-03-16T09:00"));

    Map<String, Long> counters = ReferenceFigures.countersOf(t.events);

    assertThat(counters)
        .containsEntry("received|2026-03-15|STREET:YIMEI_NANJUN", 1L)
        .containsEntry("received|2026|TOPIC_STREET:HEATING.YIMEI_NANJUN", 1L)
        .containsEntry("dispatched|2026-03|STREET:YIMEI_NANJUN", 1L)
        .containsEntry("open|now|STREET:YIMEI_NANJUN", 1L)
        .containsEntry("received|2026-03|CITY", 1L);
    assertThat(counters.keySet()).noneMatch(key -> key.contains("YIMEI_XURI"));
  }

  @Test
  void aReopeningKeepsTheOnTimeSignatureAndTheReplyOfTheFirstDepartment() {
    TicketModel t = ticket("2026-03-14T10:00");
    t.dispatch("HEATING_CO", at("2026-03-14T10:10"), at("2026-03-20T23:59:59"));
    t.sign(at("2026-03-14T10:40"));
    t.reply(at("2026-03-16T09:00"), "RESOLVED");
    t.callback(at("2026-03-16T15:00"), "UNSATISFIED", false);
    t.reopen(at("2026-03-16T15:05"));
    t.dispatch("WATER_CO", at("2026-03-17T09:00"), at("2026-03-19T23:59:59"));
    t.sign(at("2026-03-17T12:00"));
    t.reply(at("2026-03-25T09:00"), "RESOLVED");

    Map<String, Long> counters = ReferenceFigures.countersOf(t.events);

    assertThat(counters)
        .containsEntry("signedOnTime|2026-03-14|CITY", 1L)
        .containsEntry("signedOnTime|2026-03|DEPARTMENT:HEATING_CO", 1L)
        .doesNotContainKey("signedOnTime|2026-03|DEPARTMENT:WATER_CO")
        .containsEntry("dispatched|2026-03|CITY", 1L)
        .containsEntry("dispatches|2026-03|CITY", 2L)
        .containsEntry("dispatched|2026-03|DEPARTMENT:HEATING_CO", 1L)
        .containsEntry("dispatched|2026-03|DEPARTMENT:WATER_CO", 1L)
        .containsEntry("completed|2026-03|CITY", 2L)
        .containsEntry("completedOnTime|2026-03-16|DEPARTMENT:HEATING_CO", 1L)
        .containsEntry("completedOnTime|2026-03|CITY", 1L)
        .doesNotContainKey("completedOnTime|2026-03|DEPARTMENT:WATER_CO")
        .containsEntry("rated|2026-03-16|DEPARTMENT:HEATING_CO", 1L)
        .doesNotContainKey("satisfied|2026-03|CITY")
        .doesNotContainKey("resolved|2026-03|CITY")
        .containsEntry("reopened|2026-03-16|DEPARTMENT:HEATING_CO", 1L)
        .containsEntry("open|now|CITY", 1L)
        // replied: back with the agents for the callback, no department holds it
        .doesNotContainKey("open|now|DEPARTMENT:WATER_CO");
  }

  @Test
  void aReturnStaysWithTheReturningDepartmentAndTheNextIsChargedOnlyWithItsOwnFacts() {
    TicketModel t = ticket("2026-01-31T22:00");
    t.dispatch("URBAN_MGMT", at("2026-01-31T23:59:30"), at("2026-02-05T23:59:59"));
    t.returnToAgents(at("2026-02-01T08:00"));
    t.dispatch("TRANSPORT", at("2026-02-01T09:00"), at("2026-02-06T23:59:59"));
    t.urge(at("2026-02-02T09:00"));
    t.sign(at("2026-02-02T10:00"));
    t.markOverdue(at("2026-02-07T00:00:01"));

    assertThat(ReferenceFigures.countersOf(t.events))
        .containsEntry("returned|2026-02-01|DEPARTMENT:URBAN_MGMT", 1L)
        .doesNotContainKey("returned|2026-02|DEPARTMENT:TRANSPORT")
        .containsEntry("dispatched|2026-01-31|CITY", 1L)
        .doesNotContainKey("dispatched|2026-02|CITY")
        .containsEntry("dispatches|2026-02|DEPARTMENT:TRANSPORT", 1L)
        .containsEntry("urged|2026-02-02|DEPARTMENT:TRANSPORT", 1L)
        .doesNotContainKey("signedOnTime|2026|CITY")
        .containsEntry("open|now|DEPARTMENT:TRANSPORT", 1L)
        .containsEntry("overdue|now|DEPARTMENT:TRANSPORT", 1L)
        .containsEntry("overdue|now|DISTRICT:YIMEI", 1L);
  }

  @Test
  void aSignatureAfterMidnightCountsInTheDayAndMonthOfItsDispatch() {
    TicketModel t = ticket("2026-03-31T20:00");
    t.dispatch("HEATING_CO", at("2026-03-31T23:59"), at("2026-04-03T23:59:59"));
    t.sign(at("2026-04-01T00:30"));
    t.requestExtension(at("2026-04-02T09:00"), at("2026-04-08T23:59:59"));
    t.decideExtension(true, at("2026-04-02T10:00"));

    assertThat(ReferenceFigures.countersOf(t.events))
        .containsEntry("signedOnTime|2026-03-31|DEPARTMENT:HEATING_CO", 1L)
        .containsEntry("signedOnTime|2026-03|CITY", 1L)
        .doesNotContainKey("signedOnTime|2026-04|CITY")
        .containsEntry("extensionRequested|2026-04-02|DEPARTMENT:HEATING_CO", 1L)
        .containsEntry("extended|2026-04|DEPARTMENT:HEATING_CO", 1L);
  }

  @Test
  void aDuplicateMarkWithdrawsOnlyTheReceiptNotTheDispatchOrTheReturn() {
    TicketModel t = ticket("2026-03-15T09:00");
    t.dispatch("HEATING_CO", at("2026-03-15T09:10"), at("2026-03-18T23:59:59"));
    t.returnToAgents(at("2026-03-15T11:00"));
    t.markDuplicateOf("t-original", at("2026-03-15T12:00"));

    assertThat(ReferenceFigures.countersOf(t.events))
        .doesNotContainKeys("received|2026|CITY", "callsAnswered|2026|CITY", "open|now|CITY")
        .containsEntry("dispatches|2026|CITY", 1L)
        .containsEntry("returned|2026|DEPARTMENT:HEATING_CO", 1L);
  }

  @Test
  void aMediationOutcomeIsNoDepartmentReplyAndItsCallbackIsChargedToNoDepartment() {
    TicketModel t = ticket("2026-03-15T09:00");
    t.dispatch("HEATING_CO", at("2026-03-15T09:10"), at("2026-03-18T23:59:59"));
    t.reply(at("2026-03-16T09:00"), "EXPLAINED");
    t.callback(at("2026-03-16T10:00"), "VERY_UNSATISFIED", false);
    t.reopen(at("2026-03-16T10:01"));
    t.refer(at("2026-03-16T11:00"));
    t.concludeReferral(at("2026-03-20T11:00"), "SUCCESS");
    t.callback(at("2026-03-21T11:00"), "BASICALLY_SATISFIED", true);

    assertThat(ReferenceFigures.countersOf(t.events))
        .containsEntry("completed|2026|CITY", 1L)
        .containsEntry("referred|2026-03-16|CITY", 1L)
        .containsEntry("referralsConcluded|2026-03-20|CITY", 1L)
        .containsEntry("referralsSuccessful|2026-03|TOPIC:HEATING", 1L)
        .containsEntry("rated|2026-03|CITY", 2L)
        .containsEntry("rated|2026-03|DEPARTMENT:HEATING_CO", 1L)
        .containsEntry("satisfied|2026-03-21|CITY", 1L)
        .containsEntry("resolved|2026-03-21|CITY", 1L)
        .doesNotContainKey("satisfied|2026-03|DEPARTMENT:HEATING_CO")
        .doesNotContainKey("referralsConcluded|2026|DEPARTMENT:HEATING_CO");
  }

  @Test
  void aReturnedReferralCountsByItsOutcomeAndAFirstContactAnswerIsNeitherOpenNorCharged() {
    TicketModel referred = ticket("2026-03-15T09:00");
    referred.refer(at("2026-03-15T10:00"));
    referred.concludeReferral(at("2026-03-17T10:00"), "DECLINED");
    TicketModel answered =
        new TicketModel("t2", "12345-20260315-000002", INTAKE, at("2026-03-15T09:00"), true);
    answered.callback(at("2026-03-16T09:00"), "SATISFIED", true);
    answered.close(at("2026-03-16T09:05"));

    assertThat(ReferenceFigures.countersOf(referred.events))
        .containsEntry("referralsDeclined|2026-03-17|CITY", 1L)
        .containsEntry("open|now|CITY", 1L)
        .doesNotContainKey("completed|2026|CITY");
    assertThat(ReferenceFigures.countersOf(answered.events))
        .containsEntry("resolvedOnFirstContact|2026-03-15|CHANNEL:PHONE", 1L)
        .containsEntry("satisfied|2026-03-16|CITY", 1L)
        .doesNotContainKeys("open|now|CITY", "dispatched|2026|CITY")
        .noneSatisfy((key, count) -> assertThat(key).contains("DEPARTMENT"));
  }

  @Test
  void theReferenceReadsNoStepsAndNoDeliveryOrder() {
    JourneyGenerator generator = new JourneyGenerator(7);
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      List<TicketEvent> events = generator.next(i).events();
      List<TicketEvent> withoutSteps =
          new ArrayList<>(events.stream().map(e -> noSteps(e)).toList());
      Collections.reverse(withoutSteps);
      List<TicketEvent> redelivered = Deliveries.disordered(events, random);

      assertThat(ReferenceFigures.countersOf(withoutSteps))
          .isEqualTo(ReferenceFigures.countersOf(events))
          .isEqualTo(ReferenceFigures.countersOf(redelivered));
    }
  }

  private static TicketEvent noSteps(TicketEvent e) {
    TicketSnapshot s = e.snapshot();
    TicketSnapshot bare = s.withSteps(null);
    return new TicketEvent(
        e.type(), e.eventId(), e.caseId(), e.caseVersion(), e.occurredAt(), bare);
  }

  private static TicketModel ticket(String localTime) {
    return new TicketModel("t1", "12345-20260315-000001", INTAKE, at(localTime), false);
  }

  /** A Shanghai local time. */
  private static java.time.Instant at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(CityCalendar.ZONE).toInstant();
  }

  private static List<String> keys(
      List<String> figures, List<String> periods, List<String> slices) {
    List<String> keys = new ArrayList<>();
    for (String figure : figures) {
      for (String period : periods) {
        slices.forEach(slice -> keys.add(figure + "|" + period + "|" + slice));
      }
    }
    keys.addAll(slices.stream().map(slice -> "open|now|" + slice).toList());
    return keys;
  }
}
