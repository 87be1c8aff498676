package io.civicline.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.EventJson;
import io.civicline.events.EventSchemas;
import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketSnapshot;
import io.civicline.events.TicketStepType;
import io.civicline.kit.aggregate.TransitionRefusedException;
import io.civicline.kit.files.FileType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TicketTests {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Thursday 2026-03-12, 09:00 in Yichun. */
  static final Instant NOW = ZonedDateTime.of(2026, 3, 12, 9, 0, 0, 0, SHANGHAI).toInstant();

  static final SlaPolicy SLA =
      new SlaPolicy(
          Map.of(Urgency.NORMAL, 5, Urgency.URGENT, 2, Urgency.VERY_URGENT, 1),
          Duration.ofHours(2),
          Duration.ofHours(24),
          WorkingCalendar.defaults(),
          SHANGHAI);

  static ReceiveTicket command(Caller caller, String answer) {
    return new ReceiveTicket(
        "PHONE", "COMPLAINT", "HEATING", "YIMEI", null, caller, "暖气不热", answer, "agent", null);
  }

  static Ticket received() {
    return Ticket.receive(
            "t-1",
            "12345-20260312-000001",
            command(new Caller("张三", "13800000000", false), null),
            NOW)
        .ticket();
  }

  static Ticket signed() {
    Ticket dispatched = received().dispatch("HEATING_CO", null, SLA, "agent", null, NOW).ticket();
    return dispatched.sign("heating", NOW.plus(Duration.ofMinutes(30))).ticket();
  }

  static Instant at(int month, int day, int hour) {
    return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, SHANGHAI).toInstant();
  }

  @Test
  void aReceivedTicketIsVersionOneWithOneReceivedEvent() {
    Ticket.Change change = Ticket.receive("t-1", "12345-20260312-000001", command(null, null), NOW);

    assertThat(change.ticket().version()).isEqualTo(1);
    assertThat(change.ticket().status()).isEqualTo(TicketStatus.RECEIVED);
    assertThat(change.ticket().intake().urgency()).isEqualTo(Urgency.NORMAL);
    assertThat(change.ticket().intake().caller().anonymous()).isTrue();
    assertThat(change.events())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.type()).isEqualTo(TicketEventType.RECEIVED.cloudEventType());
              assertThat(event.caseVersion()).isEqualTo(1);
              assertThat(event.snapshot().receivedAt()).isEqualTo(NOW);
            });
  }

  @Test
  void anAnswerAtIntakeResolvesTheTicketOnFirstContact() {
    Ticket ticket =
        Ticket.receive("t-1", "12345-20260312-000001", command(null, "已告知办理地点"), NOW).ticket();

    assertThat(ticket.status()).isEqualTo(TicketStatus.RESOLVED_ON_FIRST_CONTACT);
    assertThat(ticket.allowedActions(NOW))
        .containsExactlyInAnyOrder(
            TicketAction.CALLBACK,
            TicketAction.CLOSE,
            TicketAction.SUPERVISE,
            TicketAction.SET_PLACE);
    assertThat(ticket.close(null, "agent", NOW).ticket().status()).isEqualTo(TicketStatus.CLOSED);
  }

  @Test
  void theWholeLifecycleGivesOneSchemaValidEventPerStepWithoutPersonalData() {
    Ticket ticket = received();
    Ticket.Change dispatched = ticket.dispatch("HEATING_CO", null, SLA, "agent", "请尽快", NOW);
    Ticket.Change signed = dispatched.ticket().sign("heating", NOW.plusSeconds(600));
    Ticket.Change replied =
        signed
            .ticket()
            .reply(ReplyResult.RESOLVED, "已维修", "供热管道已更换", "heating", NOW.plusSeconds(7200));
    Ticket.Change calledBack =
        replied
            .ticket()
            .callback(CallbackRating.SATISFIED, true, null, "agent", NOW.plusSeconds(9000));
    Ticket.Change closed = calledBack.ticket().close(null, "agent", NOW.plusSeconds(9100));

    Ticket last = closed.ticket();
    assertThat(last.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(last.version()).isEqualTo(6);
    assertThat(last.history())
        .extracting(HistoryEntry::action)
        .containsExactly(
            TicketAction.RECEIVE,
            TicketAction.DISPATCH,
            TicketAction.SIGN,
            TicketAction.REPLY,
            TicketAction.CALLBACK,
            TicketAction.CLOSE);
    for (Ticket.Change change :
        new Ticket.Change[] {dispatched, signed, replied, calledBack, closed}) {
      TicketEvent event = change.events().get(0);
      byte[] data = EventJson.write(event);
      assertThat(event.caseVersion()).isEqualTo(change.ticket().version());
      assertThat(EventSchemas.violations(event.type(), data)).isEmpty();
      assertThat(new String(data, StandardCharsets.UTF_8))
          .doesNotContain("张三", "13800000000", "暖气不热", "已维修", "供热管道已更换");
    }
    var snapshot = closed.events().get(0).snapshot();
    assertThat(snapshot.firstDispatchedAt()).isEqualTo(NOW);
    assertThat(snapshot.signedOnTime()).isTrue();
    assertThat(snapshot.completedOnTime()).isTrue();
    assertThat(snapshot.replyResult()).isEqualTo("RESOLVED");
    assertThat(snapshot.callbacks()).extracting(c -> c.rating()).containsExactly("SATISFIED");
    assertThat(snapshot.department()).isEqualTo("HEATING_CO");
    assertThat(snapshot.closedAt()).isEqualTo(NOW.plusSeconds(9100));
  }

  @Test
  void theDefaultDeadlineCountsWorkingDaysAndSkipsPublicHolidays() {
    Ticket urgent =
        Ticket.receive(
                "t-9",
                "12345-20260930-000001",
                new ReceiveTicket(
                    "WEB", "HELP", null, "WUCUI", Urgency.URGENT, null, "x", null, "agent", null),
                at(9, 30, 10))
            .ticket();

    Ticket dispatched =
        urgent.dispatch("WATER_CO", null, SLA, "agent", null, at(9, 30, 10)).ticket();

    // National Day: 1-7 October are off, so two working days after 30 September end on 9 October.
    assertThat(dispatched.dispatch().deadline())
        .isEqualTo(ZonedDateTime.of(2026, 10, 9, 23, 59, 59, 0, SHANGHAI).toInstant());
    assertThat(received().dispatch("HEATING_CO", null, SLA, "agent", null, NOW).ticket())
        .extracting(t -> t.dispatch().deadline())
        .isEqualTo(ZonedDateTime.of(2026, 3, 19, 23, 59, 59, 0, SHANGHAI).toInstant());
  }

  @Test
  void aForbiddenTransitionIsRefusedAndChangesNothing() {
    Ticket ticket = received();

    assertThat(refusal(() -> ticket.sign("heating", NOW))).contains("dispatched");
    assertThat(refusal(() -> ticket.close(null, "agent", NOW))).isNotNull();
    assertThat(refusal(() -> ticket.reopen("x", "agent", NOW))).isNotNull();
    assertThat(ticket.version()).isEqualTo(1);
    assertThat(ticket.history()).hasSize(1);
  }

  @Test
  void aLateSignatureIsNotOnTime() {
    Ticket dispatched = received().dispatch("HEATING_CO", null, SLA, "agent", null, NOW).ticket();

    Ticket late = dispatched.sign("heating", NOW.plus(Duration.ofHours(3))).ticket();

    assertThat(TicketSnapshots.of(late).signedOnTime()).isFalse();
  }

  @Test
  void aReturnWithinTheWindowGoesBackToTheQueueAndALateOneIsRefused() {
    Ticket dispatched = received().dispatch("HEATING_CO", null, SLA, "agent", null, NOW).ticket();

    Ticket returned =
        dispatched.returnToAgents("不属于本单位", "heating", NOW.plus(Duration.ofHours(1))).ticket();

    assertThat(returned.status()).isEqualTo(TicketStatus.RECEIVED);
    assertThat(returned.dispatch()).isNull();
    assertThat(returned.milestones().returnedAt()).hasSize(1);
    assertThat(
            refusal(
                () -> dispatched.returnToAgents("x", "heating", NOW.plus(Duration.ofHours(25)))))
        .contains("window");
    Ticket again =
        returned.dispatch("HOUSING", null, SLA, "agent", null, NOW.plusSeconds(7200)).ticket();
    assertThat(again.milestones().firstDispatchedAt()).isEqualTo(NOW);
  }

  @Test
  void aGrantedExtensionMovesTheDeadlineAndARefusedOneDoesNot() {
    Ticket ticket = signed();
    Instant original = ticket.dispatch().deadline();
    Instant later = original.plus(Duration.ofDays(5));
    Ticket asked = ticket.requestExtension(later, "需要采购配件", "heating", NOW).ticket();

    assertThat(refusal(() -> asked.requestExtension(later, "again", "heating", NOW)))
        .contains("pending");
    Ticket granted = asked.decideExtension(true, null, "agent", NOW).ticket();
    Ticket refused = asked.decideExtension(false, "理由不足", "agent", NOW).ticket();

    assertThat(granted.dispatch().deadline()).isEqualTo(later);
    assertThat(granted.milestones().extendedAt()).containsExactly(NOW);
    assertThat(refused.dispatch().deadline()).isEqualTo(original);
    assertThat(refused.dispatch().extensionRequest()).isNull();
    assertThat(refused.milestones().extendedAt()).isEmpty();
  }

  @Test
  void onlyAnUnsatisfiedCallbackReopensTheTicket() {
    Ticket replied = signed().reply(ReplyResult.EXPLAINED, "政策解释", null, "heating", NOW).ticket();
    Ticket satisfied =
        replied.callback(CallbackRating.SATISFIED, true, null, "agent", NOW).ticket();
    Ticket unsatisfied =
        replied.callback(CallbackRating.UNSATISFIED, false, null, "agent", NOW).ticket();

    Ticket reopened = unsatisfied.reopen("仍未解决", "agent", NOW).ticket();

    assertThat(refusal(() -> satisfied.reopen("x", "agent", NOW))).contains("unsatisfied");
    assertThat(reopened.status()).isEqualTo(TicketStatus.RECEIVED);
    assertThat(reopened.milestones().reopenedAt()).containsExactly(NOW);
    assertThat(reopened.allowedActions(NOW)).contains(TicketAction.DISPATCH);
  }

  @Test
  void anUnreachableCitizenCanBeCalledAgain() {
    Ticket replied = signed().reply(ReplyResult.RESOLVED, "ok", null, "heating", NOW).ticket();
    Ticket unreachable =
        replied.callback(CallbackRating.UNREACHABLE, null, null, "agent", NOW).ticket();

    Ticket reached =
        unreachable.callback(CallbackRating.VERY_SATISFIED, true, null, "agent", NOW).ticket();

    assertThat(reached.callbacks())
        .extracting(Callback::rating)
        .containsExactly(CallbackRating.UNREACHABLE, CallbackRating.VERY_SATISFIED);
    assertThat(refusal(() -> reached.callback(CallbackRating.SATISFIED, true, null, "agent", NOW)))
        .isNotNull();
  }

  @Test
  void aReferralCarriesTheContactButTheTicketEventDoesNot() {
    Ticket.Change referred = received().refer("邻里噪音纠纷", "agent", NOW);

    assertThat(referred.ticket().status()).isEqualTo(TicketStatus.REFERRED);
    assertThat(referred.referral().caller().phone()).isEqualTo("13800000000");
    assertThat(referred.referral().description()).isEqualTo("暖气不热");
    assertThat(new String(EventJson.write(referred.events().get(0)), StandardCharsets.UTF_8))
        .doesNotContain("13800000000", "张三");
    assertThat(
            EventSchemas.violations(
                referred.referral().type(), EventJson.write(referred.referral())))
        .isEmpty();
  }

  @Test
  void aDuplicateIsFinishedAndPointsAtAnOriginalThatIsNotItselfADuplicate() {
    Ticket original = received();
    Ticket second =
        Ticket.receive("t-2", "12345-20260312-000002", command(null, null), NOW).ticket();
    Ticket third =
        Ticket.receive("t-3", "12345-20260312-000003", command(null, null), NOW).ticket();

    Ticket duplicate = second.markDuplicateOf(original, null, "agent", NOW).ticket();

    assertThat(duplicate.status()).isEqualTo(TicketStatus.DUPLICATE);
    assertThat(TicketSnapshots.of(duplicate).duplicateOf()).isEqualTo("t-1");
    assertThat(refusal(() -> third.markDuplicateOf(duplicate, null, "agent", NOW)))
        .contains("itself a duplicate");
    assertThat(refusal(() -> original.markDuplicateOf(original, null, "agent", NOW)))
        .contains("itself");
  }

  @Test
  void aTicketPastItsDeadlineIsMarkedOverdueOnceAndAnExtensionClearsIt() {
    Ticket ticket = signed();
    Instant afterDeadline = ticket.dispatch().deadline().plusSeconds(1);

    assertThat(ticket.isDueToBeMarkedOverdue(NOW)).isFalse();
    Ticket overdue = ticket.markOverdue(afterDeadline).ticket();
    assertThat(overdue.milestones().overdue()).isTrue();
    assertThat(overdue.isDueToBeMarkedOverdue(afterDeadline)).isFalse();

    Ticket extended =
        overdue
            .requestExtension(afterDeadline.plus(Duration.ofDays(3)), "x", "heating", afterDeadline)
            .ticket()
            .decideExtension(true, null, "agent", afterDeadline)
            .ticket();
    assertThat(extended.milestones().overdue()).isFalse();
  }

  @Test
  void departmentStaffActOnlyOnTheirDepartmentsTickets() {
    Ticket dispatched = received().dispatch("HEATING_CO", null, SLA, "agent", null, NOW).ticket();
    Staff heating = new Staff("heating", java.util.Set.of("DEPARTMENT"), "HEATING_CO");
    Staff water = new Staff("water", java.util.Set.of("DEPARTMENT"), "WATER_CO");
    Staff agent = new Staff("agent", java.util.Set.of("AGENT"), null);

    assertThat(heating.actionsOn(dispatched, NOW))
        .containsExactlyInAnyOrder(TicketAction.SIGN, TicketAction.RETURN, TicketAction.REPLY);
    assertThat(water.actionsOn(dispatched, NOW)).isEmpty();
    assertThat(agent.actionsOn(dispatched, NOW))
        .containsExactlyInAnyOrder(
            TicketAction.REPLY, TicketAction.SUPERVISE, TicketAction.URGE, TicketAction.SET_PLACE);
  }

  @Test
  void reopeningKeepsTheOnTimeSignatureOfTheFirstDispatch() {
    Instant signedAt = NOW.plus(Duration.ofMinutes(30));
    Instant repliedAt = NOW.plus(Duration.ofHours(5));
    Instant calledAt = NOW.plus(Duration.ofHours(6));
    Instant again = NOW.plus(Duration.ofHours(7));
    Ticket reopened =
        signed()
            .reply(ReplyResult.RESOLVED, "已维修", null, "heating", repliedAt)
            .ticket()
            .callback(CallbackRating.UNSATISFIED, false, null, "agent", calledAt)
            .ticket()
            .reopen("仍不热", "agent", calledAt)
            .ticket();

    Ticket lateSecond =
        reopened
            .dispatch("HOUSING", null, SLA, "agent", null, again)
            .ticket()
            .sign("housing", again.plus(Duration.ofHours(3)))
            .ticket();

    assertThat(lateSecond.steps())
        .containsExactly(
            step(TicketStepType.DISPATCHED, NOW, "HEATING_CO"),
            signature(signedAt, "HEATING_CO", NOW, true),
            reply(repliedAt, "HEATING_CO", true),
            callback(calledAt, "HEATING_CO", CallbackRating.UNSATISFIED, false),
            step(TicketStepType.REOPENED, calledAt, "HEATING_CO"),
            step(TicketStepType.DISPATCHED, again, "HOUSING"),
            signature(again.plus(Duration.ofHours(3)), "HOUSING", again, false));
  }

  @Test
  void aReturnStaysWithTheReturningDepartmentAndTheNextIsChargedOnlyWithWhatItDoes() {
    Instant returnedAt = NOW.plus(Duration.ofHours(1));
    Instant later = NOW.plus(Duration.ofHours(2));
    Ticket returned =
        received()
            .dispatch("HEATING_CO", null, SLA, "agent", null, NOW)
            .ticket()
            .returnToAgents("不属于本单位", "heating", returnedAt)
            .ticket();
    Ticket signedElsewhere =
        returned
            .dispatch("HOUSING", null, SLA, "agent", null, later)
            .ticket()
            .sign("housing", later)
            .ticket();
    Instant newDeadline = signedElsewhere.dispatch().deadline().plus(Duration.ofDays(3));

    Ticket extended =
        signedElsewhere
            .requestExtension(newDeadline, "需要采购配件", "housing", later)
            .ticket()
            .decideExtension(true, null, "agent", later)
            .ticket();
    Ticket refused =
        signedElsewhere
            .requestExtension(newDeadline, "需要采购配件", "housing", later)
            .ticket()
            .decideExtension(false, null, "agent", later)
            .ticket();

    assertThat(extended.steps())
        .containsExactly(
            step(TicketStepType.DISPATCHED, NOW, "HEATING_CO"),
            step(TicketStepType.RETURNED, returnedAt, "HEATING_CO"),
            step(TicketStepType.DISPATCHED, later, "HOUSING"),
            signature(later, "HOUSING", later, true),
            step(TicketStepType.EXTENSION_REQUESTED, later, "HOUSING"),
            step(TicketStepType.EXTENSION_GRANTED, later, "HOUSING"));
    assertThat(refused.steps())
        .last()
        .extracting(TicketStep::type)
        .isEqualTo(TicketStepType.EXTENSION_REQUESTED);
  }

  @Test
  void aLateReplyStaysLateWhenTheReopenedTicketIsAnsweredOnTime() {
    Ticket ticket = signed();
    Instant late = ticket.dispatch().deadline().plusSeconds(60);
    Ticket reopened =
        ticket
            .reply(ReplyResult.EXPLAINED, "政策解释", null, "heating", late)
            .ticket()
            .callback(CallbackRating.VERY_UNSATISFIED, false, null, "agent", late)
            .ticket()
            .reopen("不接受", "agent", late)
            .ticket();

    Ticket answeredAgain =
        reopened
            .dispatch("HEATING_CO", null, SLA, "agent", null, late)
            .ticket()
            .reply(ReplyResult.RESOLVED, "已维修", null, "heating", late.plusSeconds(60))
            .ticket();

    assertThat(answeredAgain.steps())
        .filteredOn(s -> s.type() == TicketStepType.REPLIED)
        .containsExactly(
            reply(late, "HEATING_CO", false), reply(late.plusSeconds(60), "HEATING_CO", true));
  }

  @Test
  void anAgentsReplyOnTheDepartmentsBehalfIsTheDepartmentsReply() {
    Ticket dispatched = received().dispatch("HEATING_CO", null, SLA, "agent", null, NOW).ticket();

    Ticket replied = dispatched.reply(ReplyResult.RESOLVED, "电话告知", null, "agent", NOW).ticket();

    assertThat(replied.steps()).last().isEqualTo(reply(NOW, "HEATING_CO", true));
  }

  @Test
  void anAnswerAtIntakeIsAStepAndItsCallbackIsChargedToNoDepartment() {
    Ticket answered =
        Ticket.receive("t-1", "12345-20260312-000001", command(null, "已告知办理地点"), NOW).ticket();

    Ticket calledBack =
        answered.callback(CallbackRating.SATISFIED, true, null, "agent", NOW).ticket();

    assertThat(received().steps()).isEmpty();
    assertThat(calledBack.steps())
        .containsExactly(
            step(TicketStepType.ANSWERED_AT_INTAKE, NOW, null),
            callback(NOW, null, CallbackRating.SATISFIED, true));
  }

  @Test
  void anUnreachableCallbackIsAStepWithoutSolved() {
    Ticket replied = signed().reply(ReplyResult.RESOLVED, "ok", null, "heating", NOW).ticket();

    Ticket unreachable =
        replied.callback(CallbackRating.UNREACHABLE, null, null, "agent", NOW).ticket();

    assertThat(unreachable.steps())
        .last()
        .isEqualTo(callback(NOW, "HEATING_CO", CallbackRating.UNREACHABLE, null));
    assertThat(TicketSnapshots.of(unreachable).callbacks())
        .containsExactly(new TicketSnapshot.Callback(NOW, "UNREACHABLE", null));
  }

  @Test
  void actionsThatAreNotCountedFactsAddNoStep() {
    Ticket ticket = signed();
    Instant afterDeadline = ticket.dispatch().deadline().plusSeconds(1);
    Ticket overdue =
        ticket.supervise(null, "agent", NOW).ticket().markOverdue(afterDeadline).ticket();
    Ticket duplicate =
        Ticket.receive("t-2", "12345-20260312-000002", command(null, null), NOW)
            .ticket()
            .markDuplicateOf(received(), null, "agent", NOW)
            .ticket();
    Ticket closed =
        ticket
            .reply(ReplyResult.RESOLVED, "ok", null, "heating", NOW)
            .ticket()
            .callback(CallbackRating.SATISFIED, true, null, "agent", NOW)
            .ticket();

    assertThat(overdue.steps()).isEqualTo(ticket.steps());
    assertThat(duplicate.steps()).isEmpty();
    assertThat(closed.close(null, "agent", NOW).ticket().steps()).isEqualTo(closed.steps());
  }

  @Test
  void urgingKeepsEveryUrgeChargedToTheDepartmentHoldingTheTicket() {
    Ticket dispatched = received().dispatch("HEATING_CO", null, SLA, "agent", null, NOW).ticket();
    Instant later = NOW.plus(Duration.ofHours(1));

    Ticket.Change first = dispatched.urge("市民再次来电", "agent", NOW);
    Ticket twice = first.ticket().sign("heating", NOW).ticket().urge(null, "agent", later).ticket();

    assertThat(first.ticket().status()).isEqualTo(TicketStatus.DISPATCHED);
    assertThat(twice.status()).isEqualTo(TicketStatus.SIGNED);
    assertThat(twice.milestones().urgedAt()).containsExactly(NOW, later);
    assertThat(twice.steps())
        .filteredOn(s -> s.type() == TicketStepType.URGED)
        .containsExactly(
            step(TicketStepType.URGED, NOW, "HEATING_CO"),
            step(TicketStepType.URGED, later, "HEATING_CO"));
    assertThat(twice.allowedActions(later)).contains(TicketAction.URGE);
    assertSchemaValidWithoutNotes(first, TicketEventType.URGED, "市民再次来电");
    assertThat(refusal(() -> received().urge(null, "agent", NOW))).contains("department holds");
  }

  @ParameterizedTest
  @EnumSource(
      value = MediationOutcome.class,
      names = {"SUCCESS", "FAILED"})
  void aMediatedCaseAnswersTheReferredTicketOnce(MediationOutcome outcome) {
    Ticket referred = received().refer(null, "agent", NOW).ticket();
    Instant at = NOW.plus(Duration.ofDays(3));

    Ticket.Change answered = referred.recordMediationOutcome("case-1", outcome, at);

    Ticket ticket = answered.ticket();
    assertThat(ticket.status()).isEqualTo(TicketStatus.REPLIED);
    assertThat(ticket.reply().result())
        .isEqualTo(
            outcome == MediationOutcome.SUCCESS
                ? ReplyResult.RESOLVED
                : ReplyResult.NOT_RESOLVABLE);
    assertThat(ticket.steps())
        .containsExactly(step(TicketStepType.REFERRED, NOW, null), conclusion(at, outcome));
    assertThat(answered.events().get(0).snapshot().mediationOutcome()).isEqualTo(outcome.name());
    assertSchemaValidWithoutNotes(answered, TicketEventType.MEDIATION_OUTCOME_RECORDED);
    assertThat(ticket.hasMediationOutcomeOf("case-1")).isTrue();
    assertThat(refusal(() -> ticket.recordMediationOutcome("case-1", outcome, at))).isNotNull();
    Ticket calledBack = ticket.callback(CallbackRating.SATISFIED, true, null, "agent", at).ticket();
    assertThat(calledBack.steps())
        .last()
        .isEqualTo(callback(at, null, CallbackRating.SATISFIED, true));
  }

  @ParameterizedTest
  @EnumSource(
      value = MediationOutcome.class,
      names = {"WITHDRAWN", "TRANSFERRED", "DECLINED"})
  void aReferralMediationDoesNotMediateGoesBackToTheAgentsQueue(MediationOutcome outcome) {
    Ticket referred = received().refer(null, "agent", NOW).ticket();
    Instant at = NOW.plus(Duration.ofDays(1));

    Ticket.Change returned = referred.recordMediationOutcome("case-1", outcome, at);

    Ticket ticket = returned.ticket();
    assertThat(ticket.status()).isEqualTo(TicketStatus.RECEIVED);
    assertThat(ticket.reply()).isNull();
    assertThat(ticket.history())
        .last()
        .satisfies(
            h -> {
              assertThat(h.action()).isEqualTo(TicketAction.RECORD_MEDIATION_OUTCOME);
              assertThat(h.note()).isNotBlank().isEqualTo(outcome.reason());
            });
    assertThat(ticket.steps())
        .containsExactly(step(TicketStepType.REFERRED, NOW, null), conclusion(at, outcome));
    assertThat(returned.events().get(0).snapshot().mediationOutcome()).isEqualTo(outcome.name());
    assertSchemaValidWithoutNotes(returned, TicketEventType.REFERRAL_RETURNED);
    assertThat(ticket.hasMediationOutcomeOf("case-1")).isTrue();
    assertThat(ticket.allowedActions(at)).contains(TicketAction.DISPATCH, TicketAction.REFER);
    Ticket referredAgain = ticket.refer(null, "agent", at).ticket();
    assertThat(referredAgain.hasMediationOutcomeOf("case-1")).isTrue();
    assertThat(referredAgain.hasMediationOutcomeOf("case-2")).isFalse();
    assertThat(ticket.dispatch("HEATING_CO", null, SLA, "agent", null, at).ticket().steps())
        .last()
        .isEqualTo(step(TicketStepType.DISPATCHED, at, "HEATING_CO"));
  }

  @Test
  void aTicketStoredBeforeStepsExistedNeverGetsAny() {
    Ticket ticket = received();
    Ticket old =
        new Ticket(
            ticket.id(),
            ticket.number(),
            ticket.version(),
            ticket.status(),
            ticket.intake(),
            null,
            null,
            ticket.milestones(),
            List.of(),
            ticket.history(),
            null,
            List.of());

    Ticket.Change urged =
        old.dispatch("HEATING_CO", null, SLA, "agent", null, NOW).ticket().urge(null, "agent", NOW);

    assertThat(urged.ticket().steps()).isNull();
    assertThat(urged.events().get(0).snapshot().steps()).isNull();
    assertThat(urged.ticket().milestones().urgedAt()).containsExactly(NOW);
  }

  @Test
  void theSnapshotCarriesEveryStepAsTheContractsStep() {
    Instant calledAt = NOW.plus(Duration.ofHours(2));
    Ticket calledBack =
        signed()
            .reply(ReplyResult.RESOLVED, "已维修", null, "heating", NOW.plus(Duration.ofHours(1)))
            .ticket()
            .callback(CallbackRating.BASICALLY_SATISFIED, true, "还行", "agent", calledAt)
            .ticket();
    Ticket concluded =
        received()
            .refer(null, "agent", NOW)
            .ticket()
            .recordMediationOutcome("case-1", MediationOutcome.DECLINED, calledAt)
            .ticket();

    TicketSnapshot snapshot = TicketSnapshots.of(calledBack);

    assertThat(snapshot.steps())
        .containsExactly(
            TicketSnapshot.Step.of(TicketStepType.DISPATCHED, NOW, "HEATING_CO"),
            new TicketSnapshot.Step(
                "SIGNED",
                NOW.plus(Duration.ofMinutes(30)),
                "HEATING_CO",
                NOW,
                true,
                null,
                null,
                null),
            new TicketSnapshot.Step(
                "REPLIED",
                NOW.plus(Duration.ofHours(1)),
                "HEATING_CO",
                null,
                true,
                null,
                null,
                null),
            new TicketSnapshot.Step(
                "CALLED_BACK",
                calledAt,
                "HEATING_CO",
                null,
                null,
                "BASICALLY_SATISFIED",
                true,
                null));
    assertThat(snapshot.callbacks())
        .containsExactly(new TicketSnapshot.Callback(calledAt, "BASICALLY_SATISFIED", true));
    assertThat(TicketSnapshots.of(concluded).steps())
        .last()
        .isEqualTo(
            new TicketSnapshot.Step(
                "REFERRAL_CONCLUDED", calledAt, null, null, null, null, null, "DECLINED"));
  }

  private static TicketStep step(TicketStepType type, Instant at, String department) {
    return TicketStep.of(type, at, department);
  }

  private static TicketStep signature(
      Instant at, String department, Instant dispatchedAt, boolean onTime) {
    return new TicketStep(
        TicketStepType.SIGNED, at, department, dispatchedAt, onTime, null, null, null);
  }

  private static TicketStep reply(Instant at, String department, boolean onTime) {
    return new TicketStep(TicketStepType.REPLIED, at, department, null, onTime, null, null, null);
  }

  @Test
  void anOpenTicketTakesACorrectedPlaceAndItsEventCarriesTheStreetOnly() {
    Place place = new Place("YIMEI_NANJUN", "新兴中路86号", new Place.Coordinates(47.72, 128.9));
    Ticket.Change change = received().setPlace(place, "agent", NOW);

    assertThat(change.ticket().intake().place()).isEqualTo(place);
    assertThat(change.ticket().version()).isEqualTo(2);
    assertThat(change.events().get(0).snapshot().street()).isEqualTo("YIMEI_NANJUN");
    assertSchemaValidWithoutNotes(change, TicketEventType.PLACE_SET, "新兴中路", "47.72", "128.9");
    assertThat(change.ticket().history().get(1).note()).isEqualTo("YIMEI_NANJUN");
  }

  @Test
  void aClosedTicketKeepsItsPlace() {
    Ticket closed =
        Ticket.receive("t-1", "12345-20260312-000001", command(null, "已告知"), NOW)
            .ticket()
            .close(null, "agent", NOW)
            .ticket();

    assertThat(closed.allowedActions(NOW)).doesNotContain(TicketAction.SET_PLACE);
    assertThat(refusal(() -> closed.setPlace(new Place("YIMEI_XURI", null, null), "agent", NOW)))
        .contains("finished");
  }

  @Test
  void anOpenTicketTakesTenFilesWhoseEventNamesNone() {
    Ticket ticket = received();
    for (int i = 0; i < 10; i++) {
      // An id no event id (a UUID, in hex) can contain by chance.
      String fileId = "file-id-" + i;
      Ticket.Change change =
          ticket.attachFile(new TicketFile(fileId, FileType.JPEG, 100, NOW, "agent"), NOW);
      assertSchemaValidWithoutNotes(change, TicketEventType.FILE_ATTACHED, fileId, "image");
      ticket = change.ticket();
    }
    Ticket full = ticket;

    assertThat(full.files()).hasSize(10);
    assertThat(full.version()).isEqualTo(11);
    assertThat(full.history().get(10).action()).isEqualTo(TicketAction.ATTACH_FILE);
    assertThat(full.history().get(10).note()).isEqualTo("image/jpeg");
    assertThat(
            refusal(
                () -> full.attachFile(new TicketFile("f-10", FileType.PNG, 1, NOW, "agent"), NOW)))
        .contains("at most 10");
  }

  @Test
  void aFinishedTicketTakesNoFile() {
    Ticket closed =
        Ticket.receive("t-1", "12345-20260312-000001", command(null, "已告知"), NOW)
            .ticket()
            .close(null, "agent", NOW)
            .ticket();

    assertThat(refusal(() -> closed.requireRoomForFiles(1))).contains("finished");
  }

  private static TicketStep callback(
      Instant at, String department, CallbackRating rating, Boolean solved) {
    return new TicketStep(
        TicketStepType.CALLED_BACK, at, department, null, null, rating, solved, null);
  }

  private static TicketStep conclusion(Instant at, MediationOutcome outcome) {
    return new TicketStep(
        TicketStepType.REFERRAL_CONCLUDED, at, null, null, null, null, null, outcome);
  }

  private static void assertSchemaValidWithoutNotes(
      Ticket.Change change, TicketEventType type, String... notes) {
    TicketEvent event = change.events().get(0);
    byte[] data = EventJson.write(event);
    assertThat(event.type()).isEqualTo(type.cloudEventType());
    assertThat(EventSchemas.violations(event.type(), data)).isEmpty();
    assertThat(new String(data, StandardCharsets.UTF_8)).doesNotContain("张三", "13800000000");
    for (String note : notes) {
      assertThat(new String(data, StandardCharsets.UTF_8)).doesNotContain(note);
    }
  }

  private static String refusal(Runnable action) {
    try {
      action.run();
      return null;
    } catch (TransitionRefusedException e) {
      return e.getMessage();
    }
  }
}
