package io.civicline.localstack.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.ReferenceData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpectedFiguresTests {

  private static TicketRecord ticket(TicketJourney journey, String channel, String district) {
    TicketRecord t =
        new TicketRecord(
            journey, channel, "COMPLAINT", "HEATING", district, null, null, "SATISFIED");
    t.id = "id-" + System.identityHashCode(t);
    return t;
  }

  @Test
  void aDuplicateIsNotReceivedAndAFailedJourneyCountsNothing() {
    TicketRecord answered = ticket(TicketJourney.FIRST_CONTACT, "PHONE", "YIMEI");
    answered.answeredAtIntake = true;
    answered.status = "CLOSED";
    answered.ratings.add("VERY_SATISFIED");
    TicketRecord duplicate = ticket(TicketJourney.DUPLICATE, "WEB", "YIMEI");
    duplicate.duplicate = true;
    duplicate.status = "DUPLICATE";
    TicketRecord failed = ticket(TicketJourney.STANDARD, "PHONE", "WUCUI");
    failed.failure = "409";

    Map<Slice, Map<String, Number>> figures =
        ExpectedFigures.hotline(List.of(answered, duplicate, failed), Map.of());

    Map<String, Number> city = figures.get(Slice.CITY);
    assertThat(city)
        .containsEntry("received", 1L)
        .containsEntry("callsAnswered", 1L)
        .containsEntry("resolvedOnFirstContact", 1L)
        .containsEntry("rated", 1L)
        .containsEntry("open", 0L)
        .containsEntry("resolvedOnFirstContactRate", new BigDecimal("100.0"))
        .containsEntry("signedOnTimeRate", null);
    assertThat(figures).doesNotContainKey(new Slice("district", "WUCUI"));
    assertThat(figures.get(new Slice("channel", "WEB"))).containsEntry("received", 0L);
  }

  @Test
  void theRecordAddsToTheFiguresBeforeTheRun() {
    TicketRecord open = ticket(TicketJourney.LEFT_OPEN, "PHONE", "YIMEI");
    open.dispatched = true;
    open.department = "HEATING_CO";
    open.status = "DISPATCHED";

    Map<Slice, Map<String, Number>> figures =
        ExpectedFigures.hotline(
            List.of(open),
            Map.of(Slice.CITY, Map.of("received", 2L, "dispatched", 1L, "signedOnTime", 1L)));

    assertThat(figures.get(Slice.CITY))
        .containsEntry("received", 3L)
        .containsEntry("dispatched", 2L)
        .containsEntry("open", 1L)
        .containsEntry("signedOnTimeRate", new BigDecimal("50.0"));
    assertThat(figures.get(new Slice("department", "HEATING_CO"))).containsEntry("dispatched", 1L);
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
