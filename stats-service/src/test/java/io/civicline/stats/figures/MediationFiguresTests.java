package io.civicline.stats.figures;

import static io.civicline.stats.Snapshots.mediationCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.MediationCaseSnapshot;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each mediation figure's definition, on the sample case registered 2026-03-15 (Shanghai). */
class MediationFiguresTests {

  private final MediationFigures figures = new MediationFigures(ZoneId.of("Asia/Shanghai"));

  @Test
  void aRegisteredCaseCountsForTheCityItsDistrictAndItsTypeAndIsOpen() {
    assertThat(counts(mediationCase()))
        .containsEntry("registered|2026-03-15|CITY", 1L)
        .containsEntry("registered|2026-03|DISTRICT:WUCUI", 1L)
        .containsEntry("registered|2026|TYPE:NEIGHBOURHOOD", 1L)
        .containsEntry("open|now|CITY", 1L)
        .doesNotContainKey("overdue|now|CITY");
  }

  @Test
  void aDeclinedCaseIsCountedApartFromTheRegisteredAndIsNotOpen() {
    var declined =
        mediationCase(
            "status", "DECLINED",
            "declinedAt", "2026-03-16T02:00:00Z",
            "declineReason", "NOT_CIVIL");

    assertThat(counts(declined))
        .containsEntry("declined|2026-03-16|CITY", 1L)
        .doesNotContainKeys("registered|2026|CITY", "open|now|CITY");
  }

  @Test
  void anOverdueCaseUnderMediationCountsForItsBody() {
    var overdue = underMediation("overdue", true);

    assertThat(counts(overdue))
        .containsEntry("overdue|now|CITY", 1L)
        .containsEntry("open|now|BODY:YIMEI_JUDICIAL_OFFICE", 1L)
        .containsEntry("registered|2026|BODY:YIMEI_JUDICIAL_OFFICE", 1L);
  }

  @Test
  void aSuccessIsMediatedAndSuccessfulAndLinkageWhenItsBodyIsALinkageBody() {
    assertThat(counts(closed("SUCCESS", "linkageBody", true)))
        .containsEntry("mediated|2026-03-20|CITY", 1L)
        .containsEntry("successful|2026-03-20|CITY", 1L)
        .containsEntry("linkage|2026-03|CITY", 1L)
        .doesNotContainKeys("open|now|CITY", "overdue|now|CITY");
    assertThat(counts(closed("SUCCESS", "linkageBody", false)))
        .containsEntry("successful|2026-03|CITY", 1L)
        .doesNotContainKey("linkage|2026-03|CITY");
  }

  @Test
  void aFailureIsMediatedButNotSuccessful() {
    assertThat(counts(closed("FAILED", "advice", "LITIGATION")))
        .containsEntry("mediated|2026-03|CITY", 1L)
        .doesNotContainKey("successful|2026-03|CITY");
  }

  @Test
  void withdrawnAndTransferredCasesAreClosedButNotMediated() {
    assertThat(counts(closed("WITHDRAWN")))
        .containsEntry("closed|2026-03|CITY", 1L)
        .doesNotContainKey("mediated|2026-03|CITY");
    assertThat(counts(closed("TRANSFERRED", "transferredTo", "COURT")))
        .doesNotContainKey("mediated|2026-03|CITY");
  }

  @Test
  void aJudicialConfirmationCountsByItsOwnDate() {
    var confirmed = closed("SUCCESS", "judicialConfirmedAt", "2026-04-02T02:00:00Z");

    assertThat(counts(confirmed))
        .containsEntry("judiciallyConfirmed|2026-04-02|CITY", 1L)
        .containsEntry("successful|2026-03|CITY", 1L)
        .doesNotContainKey("judiciallyConfirmed|2026-03|CITY");
  }

  @Test
  void daysToCloseAreCalendarDaysInTheCityFromRegistrationToClosing() {
    // registered 2026-03-15 10:00 Shanghai; closed 2026-03-20 23:30 Shanghai: five calendar days
    var snapshot = closed("FAILED", "closedAt", "2026-03-20T15:30:00Z");

    assertThat(counts(snapshot))
        .containsEntry("closed|2026-03-20|CITY", 1L)
        .containsEntry("daysToCloseTotal|2026-03-20|CITY", 5L)
        .containsEntry("daysToCloseTotal|2026|TYPE:NEIGHBOURHOOD", 5L)
        .containsEntry("daysToClose.5|2026-03|CITY", 1L)
        .containsEntry("daysToClose.5|2026|TYPE:NEIGHBOURHOOD", 1L);
  }

  @Test
  void aCaseClosedAfterMoreThanAYearCountsInTheLastBucketOfTheHistogram() {
    var snapshot = closed("FAILED", "closedAt", "2027-06-01T02:00:00Z");

    assertThat(counts(snapshot))
        .containsEntry("daysToClose.365|2027|CITY", 1L)
        .containsEntry("daysToCloseTotal|2027|CITY", 443L);
  }

  @Test
  void aCaseReopenedAfterFailingWrittenBeforeClosingsWereListedIsNotMediatedUntilItClosesAgain() {
    var reopened = closed("FAILED", "status", "MEDIATING", "reopenedAt", "2026-03-25T02:00:00Z");

    assertThat(counts(reopened))
        .containsEntry("open|now|CITY", 1L)
        .doesNotContainKeys("mediated|2026|CITY", "closed|2026|CITY", "daysToCloseTotal|2026|CITY")
        .doesNotContainKey("daysToClose.5|2026|CITY");
  }

  @Test
  void aCaseReopenedAfterFailingKeepsThatMediationInThePeriodItFailed() {
    var reopened =
        underMediation(
            "reopenedAt",
            "2026-03-25T02:00:00Z",
            "closings",
            List.of(closing("2026-03-20T07:00:00Z", "FAILED")));

    assertThat(counts(reopened))
        .containsEntry("open|now|CITY", 1L)
        .containsEntry("mediated|2026-03-20|CITY", 1L)
        .containsEntry("closed|2026-03|BODY:YIMEI_JUDICIAL_OFFICE", 1L)
        .containsEntry("daysToCloseTotal|2026-03|CITY", 5L)
        .containsEntry("daysToClose.5|2026|CITY", 1L)
        .doesNotContainKey("successful|2026|CITY");
  }

  @Test
  void aCaseFailedReopenedAndSettledCountsEachClosingInItsOwnPeriod() {
    var settled =
        closed(
            "SUCCESS",
            "closedAt",
            "2026-04-10T07:00:00Z",
            "reopenedAt",
            "2026-03-25T02:00:00Z",
            "closings",
            List.of(
                closing("2026-03-20T07:00:00Z", "FAILED"),
                closing("2026-04-10T07:00:00Z", "SUCCESS")));

    assertThat(counts(settled))
        .containsEntry("mediated|2026-03|CITY", 1L)
        .containsEntry("mediated|2026-04|CITY", 1L)
        .containsEntry("mediated|2026|CITY", 2L)
        .containsEntry("successful|2026-04|CITY", 1L)
        .containsEntry("successful|2026|CITY", 1L)
        .containsEntry("linkage|2026-04|CITY", 1L)
        .containsEntry("closed|2026|CITY", 2L)
        .containsEntry("daysToCloseTotal|2026|CITY", 5L + 26L)
        .doesNotContainKeys("successful|2026-03|CITY", "open|now|CITY");
  }

  private static Map<String, String> closing(String at, String outcome) {
    return Map.of("at", at, "outcome", outcome);
  }

  private static MediationCaseSnapshot underMediation(Object... changes) {
    return mediationCase(
        concat(
            new Object[] {
              "status", "MEDIATING",
              "body", "YIMEI_JUDICIAL_OFFICE",
              "linkageBody", true,
              "mediator", "M_YIMEI_02"
            },
            changes));
  }

  /** The sample case closed with {@code outcome} on 2026-03-20 (Shanghai), plus {@code changes}. */
  private static MediationCaseSnapshot closed(String outcome, Object... changes) {
    Object[] closing = {
      "status", "CLOSED",
      "body", "YIMEI_JUDICIAL_OFFICE",
      "linkageBody", true,
      "closedAt", "2026-03-20T07:00:00Z",
      "outcome", outcome,
      "agreementType", "WRITTEN"
    };
    return mediationCase(concat(closing, changes));
  }

  private static Object[] concat(Object[] first, Object[] second) {
    Object[] both = new Object[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  private Map<String, Long> counts(MediationCaseSnapshot snapshot) {
    return figures.countsOf(snapshot).entrySet().stream()
        .collect(Collectors.toMap(entry -> entry.getKey().encode(), Map.Entry::getValue));
  }
}
