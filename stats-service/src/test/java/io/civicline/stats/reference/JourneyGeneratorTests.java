package io.civicline.stats.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.EventJson;
import io.civicline.events.EventSchemas;
import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The drawn journeys are what the hotline may write, and reach every action the figures count. */
class JourneyGeneratorTests {

  private static final List<Journey> JOURNEYS = draw(20_260_315L, 1_000);

  @Test
  void everyDrawnEventIsValidAgainstTheContractsSchemas() {
    for (Journey journey : JOURNEYS.subList(0, 250)) {
      for (TicketEvent event : journey.events()) {
        assertThat(EventSchemas.violations(event.type(), EventJson.write(event)))
            .as(journey.text())
            .isEmpty();
      }
    }
  }

  @Test
  void versionsRunWithoutGapsTimesNeverGoBackAndStepsAreOnlyAppended() {
    for (Journey journey : JOURNEYS) {
      List<TicketEvent> events = journey.events();
      for (int i = 0; i < events.size(); i++) {
        assertThat(events.get(i).caseVersion()).isEqualTo(i + 1L);
        if (i > 0) {
          TicketSnapshot before = events.get(i - 1).snapshot();
          TicketSnapshot after = events.get(i).snapshot();
          assertThat(events.get(i).occurredAt()).isAfterOrEqualTo(events.get(i - 1).occurredAt());
          assertThat(after.steps()).hasSizeGreaterThanOrEqualTo(before.steps().size());
          assertThat(after.steps().subList(0, before.steps().size())).isEqualTo(before.steps());
        }
      }
    }
  }

  @Test
  void atRiskIsOnlyAWarningOfADispatchNotOverdueGivenBeforeItsDeadline() {
    for (Journey journey : JOURNEYS) {
      for (TicketEvent event : journey.events()) {
        TicketSnapshot s = event.snapshot();
        if (Boolean.TRUE.equals(s.atRisk())) {
          assertThat(s.status()).as(journey.text()).isIn("DISPATCHED", "SIGNED");
          assertThat(s.overdue()).as(journey.text()).isFalse();
        }
        if (event.type().equals(TicketEventType.MARKED_AT_RISK.cloudEventType())) {
          assertThat(s.atRisk()).as(journey.text()).isTrue();
          assertThat(s.deadline()).as(journey.text()).isAfter(event.occurredAt());
        }
      }
    }
  }

  @Test
  void theDrawsReachEveryEventTypeRatingOutcomeAndTheJourneysThatForgotHistory() {
    Set<String> seen = new HashSet<>();
    for (Journey journey : JOURNEYS) {
      seen.addAll(features(journey.events()));
    }
    List<String> wanted = new ArrayList<>();
    Arrays.stream(TicketEventType.values()).forEach(type -> wanted.add(type.cloudEventType()));
    Draws.RATINGS.forEach(rating -> wanted.add("rated " + rating));
    Draws.OUTCOMES.forEach(outcome -> wanted.add("outcome " + outcome));
    wanted.addAll(
        List.of(
            "solved true",
            "solved false",
            "signed on time",
            "signed late",
            "replied on time",
            "replied late",
            "reopened after an on-time signature",
            "dispatched elsewhere after a return",
            "signed on the day after its dispatch",
            "on time after a late reply and a reopening",
            "no topic",
            "unreachable then reached",
            "dispatched after a returned referral",
            "overdue after a warning",
            "replied after a warning",
            "extension-granted after a warning"));
    assertThat(seen).containsAll(wanted);
  }

  private static Set<String> features(List<TicketEvent> events) {
    Set<String> seen = new HashSet<>();
    boolean onTimeSignature = false;
    boolean lateReply = false;
    boolean reopenedAfterLate = false;
    boolean unreachable = false;
    boolean referralReturned = false;
    String returnedBy = null;
    boolean warned = false;
    for (TicketEvent e : events) {
      TicketSnapshot s = e.snapshot();
      String type = e.type().replace("civicline.ticket.", "").replace(".v1", "");
      seen.add(e.type());
      if (warned && !Boolean.TRUE.equals(s.atRisk())) {
        seen.add(type.replace("marked-", "") + " after a warning");
      }
      warned = Boolean.TRUE.equals(s.atRisk());
      if (s.topic() == null) {
        seen.add("no topic");
      }
      switch (type) {
        case "signed" -> {
          seen.add(s.signedOnTime() ? "signed on time" : "signed late");
          onTimeSignature |= s.signedOnTime();
          LocalDate dispatchDay = s.dispatchedAt().atZone(CityCalendar.ZONE).toLocalDate();
          if (s.signedAt().atZone(CityCalendar.ZONE).toLocalDate().isAfter(dispatchDay)) {
            seen.add("signed on the day after its dispatch");
          }
        }
        case "replied" -> {
          seen.add(s.completedOnTime() ? "replied on time" : "replied late");
          if (s.completedOnTime() && reopenedAfterLate) {
            seen.add("on time after a late reply and a reopening");
          }
          lateReply = !s.completedOnTime();
        }
        case "called-back" -> {
          var newest = s.callbacks().get(s.callbacks().size() - 1);
          seen.add("rated " + newest.rating());
          if (newest.solved() != null) {
            seen.add("solved " + newest.solved());
            if (unreachable) {
              seen.add("unreachable then reached");
            }
          }
          unreachable = newest.solved() == null;
        }
        case "reopened" -> {
          if (onTimeSignature) {
            seen.add("reopened after an on-time signature");
          }
          reopenedAfterLate = lateReply;
        }
        case "mediation-outcome-recorded" -> seen.add("outcome " + s.mediationOutcome());
        case "referral-returned" -> {
          seen.add("outcome " + s.mediationOutcome());
          referralReturned = true;
        }
        case "dispatched" -> {
          if (returnedBy != null && !returnedBy.equals(s.department())) {
            seen.add("dispatched elsewhere after a return");
          }
          if (referralReturned) {
            seen.add("dispatched after a returned referral");
          }
        }
        default -> {}
      }
      returnedBy =
          type.equals("returned")
              ? events.get((int) e.caseVersion() - 2).snapshot().department()
              : returnedBy;
    }
    return seen;
  }

  private static List<Journey> draw(long seed, int count) {
    JourneyGenerator generator = new JourneyGenerator(seed);
    List<Journey> journeys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      journeys.add(generator.next(i));
    }
    return journeys;
  }
}
