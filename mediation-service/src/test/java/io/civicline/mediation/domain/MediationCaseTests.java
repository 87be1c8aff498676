package io.civicline.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.civicline.events.EventJson;
import io.civicline.events.EventSchemas;
import io.civicline.events.MediationCaseEvent;
import io.civicline.events.MediationCaseEventType;
import io.civicline.events.MediationCaseSnapshot;
import io.civicline.kit.aggregate.TransitionRefusedException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediationCaseTests {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final CaseRules RULES = new CaseRules(Period.ofMonths(1), Duration.ofDays(30), SHANGHAI);

  /** Saturday 2026-01-31, 09:00 in Yichun: a month later is the last day of February. */
  static final Instant NOW = ZonedDateTime.of(2026, 1, 31, 9, 0, 0, 0, SHANGHAI).toInstant();

  static final LocalDate TODAY = LocalDate.of(2026, 1, 31);
  static final String ID_NUMBER = "230702198503121235";

  static RegisterCase command() {
    return new RegisterCase(
        "NEIGHBOURHOOD",
        "YIMEI",
        "旭日街道",
        "WALK_IN",
        List.of(
            new Party(PartyRole.APPLICANT, "张三", "13800000000", ID_NUMBER),
            new Party(PartyRole.RESPONDENT, "李四", null, null)),
        "楼上漏水，协商赔偿",
        null,
        "mediator");
  }

  static MediationCase registered() {
    return CaseRegistration.register("c-1", "MED-20260131-000001", command(), RULES, NOW)
        .mediationCase();
  }

  static MediationCase mediating() {
    return registered()
        .assign("M_YIMEI_02", "YIMEI_JUDICIAL_OFFICE", true, "mediator", null, NOW)
        .mediationCase();
  }

  static MediationCase withSession() {
    return mediating()
        .holdSession(TODAY, List.of("张三", "李四"), "双方陈述", "mediator2", RULES, NOW)
        .mediationCase();
  }

  static MediationCase closed(CloseCase command) {
    return withSession().close(command, "mediator2", NOW).mediationCase();
  }

  static CloseCase success(AgreementType type) {
    return new CloseCase(new CloseOutcome.Success(type, new BigDecimal("3000")), "已签协议");
  }

  static CloseCase failed() {
    return new CloseCase(new CloseOutcome.Failure(Advice.LITIGATION), "分歧较大");
  }

  static CloseCase withdrawn() {
    return new CloseCase(new CloseOutcome.Withdrawal(), null);
  }

  static CloseCase transferredTo(String body) {
    return new CloseCase(new CloseOutcome.Transfer(body), null);
  }

  @Test
  void aRegisteredCaseIsVersionOneWithOneEventAndAOneMonthTimeLimitOnTheCitysCalendar() {
    MediationCase.Change change =
        CaseRegistration.register("c-1", "MED-20260131-000001", command(), RULES, NOW);

    MediationCase registered = change.mediationCase();
    assertThat(registered.version()).isEqualTo(1);
    assertThat(registered.status()).isEqualTo(CaseStatus.REGISTERED);
    assertThat(registered.timeLimit().deadline())
        .isEqualTo(ZonedDateTime.of(2026, 2, 28, 9, 0, 0, 0, SHANGHAI).toInstant());
    assertThat(registered.history())
        .singleElement()
        .extracting(HistoryEntry::action)
        .isEqualTo(CaseAction.REGISTER);
    MediationCaseEvent event = change.event();
    assertThat(event.type()).isEqualTo(MediationCaseEventType.REGISTERED.cloudEventType());
    assertThat(event.caseVersion()).isEqualTo(1);
    assertThat(event.snapshot().registeredAt()).isEqualTo(NOW);
    assertThat(event.snapshot().overdue()).isFalse();
  }

  @Test
  void theWholeLifecycleGivesOneSchemaValidEventPerStepWithoutPersonalData() {
    List<MediationCase.Change> changes = new ArrayList<>();
    changes.add(CaseRegistration.register("c-1", "MED-20260131-000001", command(), RULES, NOW));
    MediationCase current = changes.get(0).mediationCase();
    changes.add(current.assign("M_YIMEI_01", "YIMEI_PMC", false, "mediator", "就近调解", NOW));
    current = last(changes);
    changes.add(
        current.reassign("M_YIMEI_02", "YIMEI_JUDICIAL_OFFICE", true, "mediator", null, NOW));
    current = last(changes);
    changes.add(current.holdSession(TODAY, List.of("张三"), "张三称赔偿不足", "mediator2", RULES, NOW));
    current = last(changes);
    changes.add(current.extend(NOW.plus(Duration.ofDays(45)), true, "双方同意", "mediator2", NOW));
    current = last(changes);
    changes.add(current.close(success(AgreementType.WRITTEN), "mediator2", NOW));
    current = last(changes);
    changes.add(current.followUp(Performance.FULFILLED, "张三已收到赔偿", "mediator2", NOW));
    current = last(changes);
    changes.add(current.confirmJudicially("YIMEI_COURT", NOW, NOW, "mediator2", NOW));

    MediationCase done = last(changes);
    assertThat(done.version()).isEqualTo(8);
    assertThat(done.history())
        .extracting(HistoryEntry::action)
        .containsExactly(
            CaseAction.REGISTER,
            CaseAction.ASSIGN,
            CaseAction.REASSIGN,
            CaseAction.HOLD_SESSION,
            CaseAction.EXTEND,
            CaseAction.CLOSE,
            CaseAction.FOLLOW_UP,
            CaseAction.CONFIRM_JUDICIALLY);
    for (MediationCase.Change change : changes) {
      byte[] data = EventJson.write(change.event());
      assertThat(change.event().caseVersion()).isEqualTo(change.mediationCase().version());
      assertThat(EventSchemas.violations(change.event().type(), data)).isEmpty();
      assertThat(new String(data, StandardCharsets.UTF_8))
          .doesNotContain("张三", "李四", "13800000000", ID_NUMBER, "漏水", "旭日", "赔偿");
    }
    MediationCaseSnapshot snapshot = snapshotOf(changes);
    assertThat(snapshot.outcome()).isEqualTo("SUCCESS");
    assertThat(snapshot.agreementType()).isEqualTo("WRITTEN");
    assertThat(snapshot.amount()).isEqualByComparingTo("3000");
    assertThat(snapshot.linkageBody()).isTrue();
    assertThat(snapshot.mediator()).isEqualTo("M_YIMEI_02");
    assertThat(snapshot.sessions()).isEqualTo(1);
    assertThat(snapshot.extendedAt()).containsExactly(NOW);
    assertThat(snapshot.performance()).isEqualTo("FULFILLED");
    assertThat(snapshot.judicialConfirmedAt()).isEqualTo(NOW);
  }

  @Test
  void aDisputeDeclinedAtIntakeIsFinishedWithoutATimeLimit() {
    MediationCase.Change change =
        CaseRegistration.registerDeclined(
            "c-2", "MED-20260131-000002", command(), DeclineReason.BEFORE_COURT, "已起诉", NOW);

    MediationCase declined = change.mediationCase();
    assertThat(declined.status()).isEqualTo(CaseStatus.DECLINED);
    assertThat(declined.version()).isEqualTo(1);
    assertThat(declined.timeLimit().deadline()).isNull();
    assertThat(declined.allowedActions(RULES, NOW)).isEmpty();
    assertThat(declined.isDueToBeMarkedOverdue(NOW.plus(Duration.ofDays(60)))).isFalse();
    assertThat(change.event().type()).isEqualTo(MediationCaseEventType.DECLINED.cloudEventType());
    assertThat(change.event().snapshot().declineReason()).isEqualTo("BEFORE_COURT");
    assertThat(EventSchemas.violations(change.event().type(), EventJson.write(change.event())))
        .isEmpty();
  }

  @Test
  void onlyACaseNotYetAssignedCanBeDeclined() {
    MediationCase declined =
        registered()
            .decline(DeclineReason.BEFORE_ARBITRATION, null, "mediator", NOW)
            .mediationCase();

    assertThat(declined.status()).isEqualTo(CaseStatus.DECLINED);
    assertThat(declined.decline().at()).isEqualTo(NOW);
    assertThat(refusal(() -> mediating().decline(DeclineReason.OTHER, null, "mediator", NOW)))
        .contains("not yet given");
  }

  @Test
  void everyAssignmentAndReassignmentRecordsWhoFromWhomToWhomAndWhen() {
    Instant later = NOW.plusSeconds(60);
    MediationCase moved =
        mediating().reassign("M_YIMEI_01", "YIMEI_PMC", false, "lead", "换人", later).mediationCase();

    HistoryEntry first = moved.history().get(1);
    HistoryEntry second = moved.history().get(2);
    assertThat(first.action()).isEqualTo(CaseAction.ASSIGN);
    assertThat(first.handover())
        .isEqualTo(new HistoryEntry.Handover(null, null, "M_YIMEI_02", "YIMEI_JUDICIAL_OFFICE"));
    assertThat(second.action()).isEqualTo(CaseAction.REASSIGN);
    assertThat(second.by()).isEqualTo("lead");
    assertThat(second.at()).isEqualTo(later);
    assertThat(second.handover())
        .isEqualTo(
            new HistoryEntry.Handover(
                "M_YIMEI_02", "YIMEI_JUDICIAL_OFFICE", "M_YIMEI_01", "YIMEI_PMC"));
    assertThat(moved.history().get(0).handover()).isNull();
  }

  @Test
  void aCaseIsAssignedOnceAndThenOnlyReassignedToSomeoneElse() {
    MediationCase mediating = mediating();

    assertThat(mediating.status()).isEqualTo(CaseStatus.MEDIATING);
    assertThat(mediating.assignment().linkageBody()).isTrue();
    assertThat(refusal(() -> mediating.assign("M_YIMEI_01", "YIMEI_PMC", false, "m", null, NOW)))
        .contains("first mediator");
    assertThat(
            refusal(
                () ->
                    mediating.reassign(
                        "M_YIMEI_02", "YIMEI_JUDICIAL_OFFICE", true, "m", null, NOW)))
        .contains("already with");
    MediationCase moved =
        mediating.reassign("M_YIMEI_01", "YIMEI_PMC", false, "m", null, NOW).mediationCase();
    assertThat(moved.assignment().mediator()).isEqualTo("M_YIMEI_01");
    assertThat(moved.assignment().linkageBody()).isFalse();
    assertThat(
            refusal(() -> registered().reassign("M_YIMEI_01", "YIMEI_PMC", false, "m", null, NOW)))
        .isNotNull();
  }

  @Test
  void anyNumberOfSessionsIsHeldBetweenTheRegistrationDayAndToday() {
    MediationCase twice =
        withSession()
            .holdSession(TODAY, List.of(), null, "mediator2", RULES, NOW.plusSeconds(3600))
            .mediationCase();

    assertThat(twice.sessions()).hasSize(2);
    assertThat(
            refusal(() -> mediating().holdSession(TODAY.minusDays(1), null, null, "m", RULES, NOW)))
        .contains("predate");
    assertThat(
            refusal(() -> mediating().holdSession(TODAY.plusDays(1), null, null, "m", RULES, NOW)))
        .contains("ahead");
    assertThat(refusal(() -> registered().holdSession(TODAY, null, null, "m", RULES, NOW)))
        .contains("under mediation");
  }

  @Test
  void anExtensionNeedsBothPartiesConsentAndALaterDeadlineAndClearsTheOverdueFlag() {
    MediationCase mediating = mediating();
    Instant deadline = mediating.timeLimit().deadline();
    Instant late = deadline.plusSeconds(60);
    MediationCase overdue = mediating.markOverdue(late).mediationCase();

    assertThat(refusal(() -> overdue.extend(late.plus(Duration.ofDays(10)), false, "x", "m", late)))
        .contains("consent");
    assertThat(refusal(() -> overdue.extend(deadline.minusSeconds(1), true, "x", "m", late)))
        .contains("later");
    MediationCase extended =
        overdue.extend(late.plus(Duration.ofDays(10)), true, "双方同意延期", "m", late).mediationCase();
    assertThat(extended.timeLimit().overdue()).isFalse();
    assertThat(extended.timeLimit().deadline()).isEqualTo(late.plus(Duration.ofDays(10)));
    assertThat(extended.timeLimit().extensions()).hasSize(1);
    assertThat(refusal(() -> closed(withdrawn()).extend(late, true, "x", "m", NOW)))
        .contains("open case");
  }

  @Test
  void anOpenCasePastItsTimeLimitIsMarkedOverdueOnceAndAClosedOneNever() {
    MediationCase registered = registered();
    Instant afterDeadline = registered.timeLimit().deadline().plusSeconds(1);

    assertThat(registered.isDueToBeMarkedOverdue(NOW)).isFalse();
    MediationCase overdue = registered.markOverdue(afterDeadline).mediationCase();
    assertThat(overdue.timeLimit().overdue()).isTrue();
    assertThat(overdue.isDueToBeMarkedOverdue(afterDeadline)).isFalse();
    assertThat(refusal(() -> overdue.markOverdue(afterDeadline))).isNotNull();
    MediationCase closedLate = overdue.close(withdrawn(), "m", afterDeadline).mediationCase();
    assertThat(closedLate.timeLimit().overdue()).isFalse();
    assertThat(closed(failed()).isDueToBeMarkedOverdue(afterDeadline)).isFalse();
  }

  @Test
  void aCaseIsMediatedToSuccessOrFailureOnlyAfterASession() {
    assertThat(refusal(() -> mediating().close(success(AgreementType.ORAL), "m", NOW)))
        .contains("session");
    assertThat(refusal(() -> registered().close(failed(), "m", NOW))).contains("session");

    MediationCase failed = closed(failed());
    assertThat(failed.closing().advice()).isEqualTo(Advice.LITIGATION);
    assertThat(failed.closing().agreement()).isNull();
    assertThat(closed(success(AgreementType.ORAL)).closing().agreement().amount())
        .isEqualTo(new BigDecimal("3000.00"));
  }

  @Test
  void aCaseIsWithdrawnOrTransferredAtAnyPointBeforeClosingButNotToItsOwnBody() {
    MediationCase withdrawn = registered().close(withdrawn(), "m", NOW).mediationCase();
    MediationCase transferred =
        registered().close(transferredTo("YIMEI_PMC"), "m", NOW).mediationCase();

    assertThat(withdrawn.closing().outcome()).isEqualTo(Outcome.WITHDRAWN);
    assertThat(transferred.closing().transferredTo()).isEqualTo("YIMEI_PMC");
    assertThat(refusal(() -> mediating().close(transferredTo("YIMEI_JUDICIAL_OFFICE"), "m", NOW)))
        .contains("another body");
    assertThat(refusal(() -> withdrawn.close(withdrawn(), "m", NOW))).contains("open case");
  }

  @Test
  void anOutcomeWithoutWhatGoesWithItCannotBeStated() {
    assertThatThrownBy(() -> new CloseOutcome.Success(null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CloseOutcome.Failure(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CloseOutcome.Transfer(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CloseOutcome.Success(AgreementType.ORAL, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePerformanceOfAnAgreementIsFollowedUpOnceAndOnlyForASuccess() {
    MediationCase followed =
        closed(success(AgreementType.ORAL))
            .followUp(Performance.PARTLY_FULFILLED, null, "m", NOW)
            .mediationCase();

    assertThat(followed.closing().agreement().followUp().performance())
        .isEqualTo(Performance.PARTLY_FULFILLED);
    assertThat(followed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(refusal(() -> followed.followUp(Performance.FULFILLED, null, "m", NOW)))
        .contains("already");
    assertThat(refusal(() -> closed(failed()).followUp(Performance.FULFILLED, null, "m", NOW)))
        .contains("SUCCESS");
  }

  @Test
  void aWrittenAgreementIsJudiciallyConfirmedOnceOnAnApplicationWithinThirtyDays() {
    MediationCase written = closed(success(AgreementType.WRITTEN));
    Instant day30 = NOW.plus(Duration.ofDays(30));
    Instant day31 = NOW.plus(Duration.ofDays(31));
    Instant later = NOW.plus(Duration.ofDays(40));

    MediationCase confirmed =
        written.confirmJudicially("YIMEI_COURT", day30, later, "m", later).mediationCase();

    assertThat(confirmed.closing().agreement().judicialConfirmation().confirmedAt())
        .isEqualTo(later);
    assertThat(refusal(() -> written.confirmJudicially("YIMEI_COURT", day31, later, "m", later)))
        .contains("30 days");
    assertThat(
            refusal(
                () -> written.confirmJudicially("YIMEI_COURT", NOW.minusSeconds(1), NOW, "m", NOW)))
        .contains("30 days");
    assertThat(refusal(() -> written.confirmJudicially("YIMEI_COURT", day30, NOW, "m", later)))
        .contains("between");
    assertThat(refusal(() -> confirmed.confirmJudicially("YIMEI_COURT", day30, later, "m", later)))
        .contains("already");
    assertThat(
            refusal(
                () ->
                    closed(success(AgreementType.ORAL))
                        .confirmJudicially("YIMEI_COURT", NOW, NOW, "m", NOW)))
        .contains("written");
  }

  @Test
  void aFailedCaseIsReopenedOnceWithinTheWindowAndRunsANewTimeLimit() {
    MediationCase failed = closed(failed());
    Instant inWindow = NOW.plus(Duration.ofDays(30));

    MediationCase reopened = failed.reopen("当事人愿再次调解", "m", RULES, inWindow).mediationCase();

    assertThat(reopened.status()).isEqualTo(CaseStatus.MEDIATING);
    assertThat(reopened.closing()).isNull();
    assertThat(reopened.reopenedAt()).isEqualTo(inWindow);
    assertThat(reopened.timeLimit().deadline()).isEqualTo(RULES.deadlineFrom(inWindow));
    assertThat(reopened.assignment()).isEqualTo(failed.assignment());
    assertThat(refusal(() -> failed.reopen("x", "m", RULES, inWindow.plusSeconds(1))))
        .contains("window");
    MediationCase failedAgain =
        reopened.close(failed(), "m", inWindow.plusSeconds(60)).mediationCase();
    assertThat(refusal(() -> failedAgain.reopen("x", "m", RULES, inWindow.plusSeconds(120))))
        .contains("once");
    assertThat(refusal(() -> closed(withdrawn()).reopen("x", "m", RULES, NOW))).contains("FAILED");
  }

  @Test
  void aReopenedCaseKeepsItsFailedClosingInEverySnapshotAfter() {
    MediationCase failed = closed(failed());
    Instant reopenedAt = NOW.plus(Duration.ofDays(2));
    Instant agreedAt = reopenedAt.plus(Duration.ofDays(3));

    MediationCase.Change reopen = failed.reopen("当事人愿再次调解", "m", RULES, reopenedAt);
    MediationCase.Change success =
        reopen.mediationCase().close(success(AgreementType.ORAL), "m", agreedAt);

    assertThat(reopen.event().snapshot().closings())
        .containsExactly(new MediationCaseSnapshot.Closing(NOW, "FAILED"));
    assertThat(success.event().snapshot().closings())
        .containsExactly(
            new MediationCaseSnapshot.Closing(NOW, "FAILED"),
            new MediationCaseSnapshot.Closing(agreedAt, "SUCCESS"));
    assertThat(withSession().close(withdrawn(), "m", NOW).event().snapshot().closings())
        .containsExactly(new MediationCaseSnapshot.Closing(NOW, "WITHDRAWN"));
    assertThat(registered().assign("M_YIMEI_02", "YIMEI_JUDICIAL_OFFICE", true, "m", null, NOW))
        .extracting(change -> change.event().snapshot().closings())
        .isNull();
  }

  @Test
  void theAllowedActionsFollowTheState() {
    assertThat(registered().allowedActions(RULES, NOW))
        .containsExactlyInAnyOrder(
            CaseAction.ASSIGN, CaseAction.DECLINE, CaseAction.EXTEND, CaseAction.CLOSE);
    assertThat(mediating().allowedActions(RULES, NOW))
        .containsExactlyInAnyOrder(
            CaseAction.REASSIGN, CaseAction.HOLD_SESSION, CaseAction.EXTEND, CaseAction.CLOSE);
    assertThat(closed(success(AgreementType.WRITTEN)).allowedActions(RULES, NOW))
        .containsExactlyInAnyOrder(CaseAction.FOLLOW_UP, CaseAction.CONFIRM_JUDICIALLY);
    assertThat(closed(success(AgreementType.ORAL)).allowedActions(RULES, NOW))
        .containsExactly(CaseAction.FOLLOW_UP);
    assertThat(closed(failed()).allowedActions(RULES, NOW)).containsExactly(CaseAction.REOPEN);
    assertThat(closed(failed()).allowedActions(RULES, NOW.plus(Duration.ofDays(31)))).isEmpty();
    assertThat(closed(withdrawn()).allowedActions(RULES, NOW)).isEmpty();
  }

  @Test
  void aRefusedTransitionChangesNothing() {
    MediationCase registered = registered();

    assertThat(refusal(() -> registered.followUp(Performance.FULFILLED, null, "m", NOW)))
        .isNotNull();
    assertThat(refusal(() -> registered.reopen("x", "m", RULES, NOW))).isNotNull();
    assertThat(registered.version()).isEqualTo(1);
    assertThat(registered.history()).hasSize(1);
    assertThat(registered.status()).isEqualTo(CaseStatus.REGISTERED);
  }

  private static MediationCase last(List<MediationCase.Change> changes) {
    return changes.get(changes.size() - 1).mediationCase();
  }

  private static MediationCaseSnapshot snapshotOf(List<MediationCase.Change> changes) {
    return changes.get(changes.size() - 1).event().snapshot();
  }

  private static String refusal(Runnable action) {
    try {
      action.run();
      return null;
    } catch (TransitionRefusedException e) {
      assertThat(e.record()).isInstanceOf(MediationCase.class);
      return e.getMessage();
    }
  }
}
