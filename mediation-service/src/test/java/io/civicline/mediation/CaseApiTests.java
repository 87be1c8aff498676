package io.civicline.mediation;

import static io.civicline.kit.testing.ApiCalls.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.events.EventJson;
import io.civicline.events.EventSchemas;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.MediationCaseEvent;
import io.civicline.events.MediationCaseEventType;
import io.civicline.events.MediationCaseSnapshot;
import io.civicline.events.TicketReferral;
import io.civicline.events.TopicRecords;
import io.civicline.events.Topics;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.DeadLetters;
import io.civicline.kit.testing.EventTypes;
import io.civicline.mediation.domain.HotlineReferral;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import io.civicline.mediation.events.OverdueWatcher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case API beyond the happy path, on the embedded broker and MongoDB-wire server: locking,
 * forbidden transitions, validation, masking, search, hotline referrals (redelivered, concurrent,
 * unreadable) and their outcome going back, and the overdue watcher.
 */
@CaseServiceTest(database = "mediation", partitions = 3)
@AutoConfigureMockMvc
@Import(ShiftedClock.InPlace.class)
@TestPropertySource(
    locations = {
      "classpath:civicline-test-users.properties",
      "classpath:mediation-test-users.properties"
    },
    properties = "civicline.mediation.watch-interval=1h")
class CaseApiTests {

  static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  static final String CASE =
      """
      {"disputeType":"NEIGHBOURHOOD","district":"%s","township":"旭日街道","source":"WALK_IN",
       "parties":[{"role":"APPLICANT","name":"张三","phone":"%s","idNumber":"230702198503121235"},
                  {"role":"RESPONDENT","name":"李四"}],
       "summary":"楼上漏水 %s"}
      """;

  /** Assigned to mediator2's roster entry (M_YIMEI_02, a linkage body). */
  static final String TO_MEDIATOR2 = "{\"mediator\":\"M_YIMEI_02\"}";

  @Autowired MockMvc mvc;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired OverdueWatcher watcher;
  @Autowired IntakeDesk intake;
  @Autowired ShiftedClock clock;
  @Autowired MongoTemplate mongo;

  @Test
  void aStaleIfMatchGets409WithTheCurrentCaseAndChangesNothing() throws Exception {
    String id = register("YIMEI", "13900000001");
    action(id, "assign", "admin", "\"1\"", TO_MEDIATOR2)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.status").value("MEDIATING"));

    action(id, "sessions", "mediator2", "\"1\"", session(today()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:civicline:problem:conflict"))
        .andExpect(jsonPath("$.current.version").value(2))
        .andExpect(jsonPath("$.current.parties[0].phone").value("13900000001"));
    action(id, "sessions", "mediator2", null, withVersion(session(today()), 1))
        .andExpect(status().isConflict());
    action(id, "sessions", "mediator2", "W/\"2\"", session(today())).andExpect(status().isOk());

    JsonNode current = read(id, "mediator2");
    assertThat(current.get("version").asInt()).isEqualTo(3);
    assertThat(current.get("sessions")).hasSize(1);
  }

  @Test
  void aTransitionTheStateForbidsIs409AndTheAllowedActionsSayWhatIsPossible() throws Exception {
    String id = register("WUCUI", "13900000002");

    action(id, "close", "mediator", null, "{\"outcome\":\"FAILED\",\"advice\":\"LITIGATION\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("session")))
        .andExpect(jsonPath("$.current.status").value("REGISTERED"));
    action(id, "reopen", "mediator", null, "{\"reason\":\"再调\"}").andExpect(status().isConflict());
    action(id, "follow-up", "mediator", null, "{\"performance\":\"FULFILLED\"}")
        .andExpect(status().isConflict());

    JsonNode registered = read(id, "mediator");
    assertThat(registered.get("version").asInt()).isEqualTo(1);
    assertThat(registered.get("history")).hasSize(1);
    // A mediator of YIMEI_PMC does not take a case of another district: no ASSIGN for them.
    assertThat(registered.get("allowedActions").toString())
        .contains("DECLINE", "EXTEND", "CLOSE")
        .doesNotContain("ASSIGN", "HOLD_SESSION", "REOPEN");
    assertThat(read(id, "admin").get("allowedActions").toString()).isEqualTo("[\"ASSIGN\"]");
  }

  @Test
  void badInputIsNamedInA400ProblemAndChangesNothing() throws Exception {
    String bad =
        """
        {"disputeType":"QUARREL","district":"ATLANTIS","source":"PIGEON",
         "parties":[{"role":"APPLICANT","name":"张三","phone":"12345","idNumber":"230702198503121234"}],
         "summary":"x"}
        """;
    create("mediator", bad)
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(Matchers.containsInAnyOrder("parties[0].phone", "parties[0].idNumber")));
    create("mediator", bad.replace("\"12345\"", "null").replace("1234\"", "1235\""))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    Matchers.containsInAnyOrder("disputeType", "district", "source", "parties")));
    create("mediator", "{\"parties\":[{\"role\":\"JUDGE\"}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("parties[0].role"));
    create("mediator", "not json").andExpect(status().isBadRequest());

    String id = register("JINLIN", "13900000004");
    assertThat(refused(id, "assign", "admin", "{\"mediator\":\"NOBODY\",\"body\":\"NOWHERE\"}"))
        .containsExactlyInAnyOrder("mediator", "body");
    assertThat(refusedFields(action(id, "assign", "admin", "\"one\"", TO_MEDIATOR2)))
        .startsWith("If-Match");
    assertThat(
            refused(id, "close", "mediator", "{\"outcome\":\"SUCCESS\",\"advice\":\"LITIGATION\"}"))
        .containsExactlyInAnyOrder("agreementType", "advice");
    assertThat(
            refused(
                id,
                "close",
                "mediator",
                "{\"outcome\":\"TRANSFERRED\",\"transferredTo\":\"MOON\"}"))
        .startsWith("transferredTo");
    assertThat(refused(id, "close", "mediator", "{\"outcome\":\"WON\"}")).startsWith("outcome");
    assertThat(
            refused(
                id,
                "extend",
                "mediator",
                "{\"deadline\":\"2099-01-01T00:00:00Z\",\"partiesConsent\":false,\"reason\":\"x\"}"))
        .startsWith("partiesConsent");
    assertThat(refused(id, "extend", "mediator", "{\"deadline\":\"soon\",\"partiesConsent\":true}"))
        .startsWith("deadline");
    assertThat(
            refused(
                id,
                "extend",
                "mediator",
                "{\"deadline\":\"+999999999-12-31T23:59:59Z\",\"partiesConsent\":true,\"reason\":\"x\"}"))
        .startsWith("deadline");
    assertThat(refused(id, "decline", "mediator", "{}")).startsWith("reason");
    assertThat(refused(id, "assign", "admin", "{\"mediator\":\"M_YIMEI_01\",\"version\":-1}"))
        .startsWith("version");

    mvc.perform(get("/api/cases/no-such-case").with(httpBasic("mediator", "mediator")))
        .andExpect(status().isNotFound());
    action("no-such-case", "assign", "admin", null, TO_MEDIATOR2).andExpect(status().isNotFound());
    assertThat(read(id, "mediator").get("version").asInt()).isEqualTo(1);
  }

  @Test
  void sessionAndConfirmationDatesAreCheckedAgainstTheCitysToday() throws Exception {
    String id = register("YOUHAO", "13900000005");
    action(id, "assign", "admin", null, TO_MEDIATOR2).andExpect(status().isOk());

    action(id, "sessions", "mediator2", null, session(today().plusDays(2)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("date"));
    action(id, "sessions", "mediator2", null, "{\"participants\":[\"\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(Matchers.containsInAnyOrder("date", "participants[0]")));
    action(id, "sessions", "mediator2", null, session(today())).andExpect(status().isOk());
    action(id, "close", "mediator2", null, "{\"outcome\":\"SUCCESS\",\"agreementType\":\"ORAL\"}")
        .andExpect(status().isOk());

    action(
            id,
            "judicial-confirmation",
            "mediator2",
            null,
            "{\"court\":\"YIMEI_PMC\",\"appliedAt\":\"2099-01-01T00:00:00Z\"}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("court", "appliedAt")));
    action(
            id,
            "judicial-confirmation",
            "mediator2",
            null,
            "{\"court\":\"YIMEI_COURT\",\"appliedAt\":\"" + clock.instant() + "\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("written")));
  }

  @Test
  void anIdNumbersCheckCharacterXMayBeTypedInLowerCase() throws Exception {
    String body =
        CASE.formatted("YIMEI", "13900000010", "x")
            .replace("230702198503121235", " 23070219850312118x ");
    String id =
        json(create("mediator", body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
            .get("id")
            .asString();
    action(id, "assign", "admin", null, TO_MEDIATOR2).andExpect(status().isOk());
    assertThat(read(id, "mediator2").at("/parties/0/idNumber").asString())
        .isEqualTo("23070219850312118X");
  }

  @Test
  void partiesAreShownToTheAssignedMediatorOnly() throws Exception {
    String id = register("TIELI", "13900000006");
    action(id, "assign", "admin", null, TO_MEDIATOR2).andExpect(status().isOk());

    JsonNode toOthers = read(id, "mediator");
    assertThat(toOthers.get("partiesMasked").asBoolean()).isTrue();
    assertThat(toOthers.at("/parties/0/name").asString()).isEqualTo("张*");
    assertThat(toOthers.at("/parties/0/phone").asString()).isEqualTo("139****0006");
    assertThat(toOthers.at("/parties/0/idNumber").asString()).isEqualTo("230***********1235");
    assertThat(toOthers.get("allowedActions")).isEmpty();
    JsonNode toTheirMediator = read(id, "mediator2");
    assertThat(toTheirMediator.at("/parties/0/phone").asString()).isEqualTo("13900000006");
    assertThat(toTheirMediator.at("/parties/0/idNumber").asString())
        .isEqualTo("230702198503121235");
    assertThat(read(id, "admin").at("/parties/1/name").asString()).isEqualTo("李*");
    assertThat(read(id, "admin").get("allowedActions").toString()).isEqualTo("[\"REASSIGN\"]");

    action(id, "sessions", "mediator", null, session(today()))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("another mediator")));
    action(id, "sessions", "admin", null, session(today())).andExpect(status().isForbidden());
    create("admin", CASE.formatted("TIELI", "13900000007", "x")).andExpect(status().isForbidden());
    mvc.perform(get("/api/cases/" + id).with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
    assertThat(read(id, "mediator2").get("version").asInt()).isEqualTo(2);
  }

  @Test
  void aDisputeIsDeclinedAtIntakeOrBeforeItIsAssigned() throws Exception {
    String body =
        CASE.formatted("JIAYIN", "13900000008", "已起诉")
            .replace(
                "\"summary\"",
                "\"decline\":{\"reason\":\"BEFORE_COURT\",\"note\":\"已起诉\"},\"summary\"");
    JsonNode atIntake =
        json(
            create("mediator", body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(atIntake.get("status").asString()).isEqualTo("DECLINED");
    assertThat(atIntake.at("/decline/reason").asString()).isEqualTo("BEFORE_COURT");

    String id = register("JIAYIN", "13900000009");
    action(id, "decline", "mediator", null, "{\"reason\":\"BEFORE_ARBITRATION\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DECLINED"));
    action(id, "assign", "admin", null, TO_MEDIATOR2).andExpect(status().isConflict());

    awaitEvents(atIntake.get("id").asString(), MediationCaseEventType.DECLINED);
  }

  @Test
  void searchFiltersByEveryIndexedFieldNewestFirstAndPages() throws Exception {
    String first = register("NANCHA", "13911110001");
    String second = register("NANCHA", "13911110002");
    action(second, "assign", "admin", null, "{\"mediator\":\"M_NANCHA_01\"}")
        .andExpect(status().isOk());
    String number = read(second, "mediator").get("number").asString();
    String today = today().toString();

    JsonNode byDistrict = search("district=NANCHA&size=1");
    assertThat(ids(byDistrict)).containsExactly(second);
    assertThat(byDistrict.get("hasNext").asBoolean()).isTrue();
    assertThat(ids(search("district=NANCHA&page=1&size=1"))).containsExactly(first);
    assertThat(ids(search("district=NANCHA&status=REGISTERED"))).containsExactly(first);
    assertThat(ids(search("district=NANCHA&body=NANCHA_JUDICIAL_OFFICE&mediator=M_NANCHA_01")))
        .containsExactly(second);
    assertThat(ids(search("district=NANCHA&disputeType=NEIGHBOURHOOD&source=WALK_IN")))
        .containsExactly(second, first);
    assertThat(ids(search("district=NANCHA&disputeType=LABOUR"))).isEmpty();
    assertThat(ids(search("district=NANCHA&from=" + today + "&to=" + today)))
        .containsExactly(second, first);
    assertThat(ids(search("district=NANCHA&to=" + today().minusDays(1)))).isEmpty();
    assertThat(ids(search("q=" + number))).containsExactly(second);
    // A whole phone number matches only the searching mediator's own cases: first is unassigned.
    assertThat(ids(search("q=13911110001"))).isEmpty();
    assertThat(ids(search("q=楼上漏水 13911110002"))).containsExactly(second);
    assertThat(search("district=NANCHA").get("items").get(0).has("parties")).isFalse();

    mvc.perform(get("/api/cases?size=500&page=-1").with(httpBasic("mediator", "mediator")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(2));
    mvc.perform(get("/api/cases?status=LOST").with(httpBasic("mediator", "mediator")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    mvc.perform(get("/api/cases?from=yesterday").with(httpBasic("mediator", "mediator")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    mvc.perform(
            get("/api/cases")
                .param("from", "-999999999-01-01")
                .param("to", "+999999999-12-31")
                .with(httpBasic("mediator", "mediator")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("from", "to")));
    mvc.perform(
            get("/api/cases?from=2026-03-02&to=2026-03-01").with(httpBasic("mediator", "mediator")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
  }

  @Test
  void aReferralDeliveredTwiceGivesOneCaseWithTheCallerAsApplicant() throws Exception {
    TicketReferral referral =
        ReferralTopic.referral(
            "12345-20260315-000042", "TIELI", "NEIGHBOUR_DISPUTE", "13922220001");
    try (ReferralTopic topic = new ReferralTopic(kafka.getBootstrapServers())) {
      topic.send(referral);
      topic.send(referral);
    }

    JsonNode found = awaitCaseOf(referral.ticketId());
    String id = found.get("id").asString();
    // The second delivery is processed after the first on the ticket's partition: wait for it to
    // be read past, then count.
    TicketReferral marker =
        ReferralTopic.referral("12345-20260315-000043", "TIELI", null, "13922220002");
    try (ReferralTopic topic = new ReferralTopic(kafka.getBootstrapServers())) {
      topic.send(referral.ticketId(), TicketReferral.TYPE, EventJson.write(marker));
    }
    awaitCaseOf(marker.ticketId());
    JsonNode page = search("ticket=" + referral.ticketId());
    assertThat(ids(page)).containsExactly(id);
    JsonNode registered = read(id, "admin");
    assertThat(registered.get("source").asString()).isEqualTo("HOTLINE");
    assertThat(registered.get("disputeType").asString()).isEqualTo("NEIGHBOURHOOD");
    assertThat(registered.at("/referral/ticketNumber").asString())
        .isEqualTo("12345-20260315-000042");
    assertThat(registered.at("/parties/0/role").asString()).isEqualTo("APPLICANT");
    assertThat(registered.at("/parties/0/phone").asString()).isEqualTo("139****0001");
    assertThat(registered.get("summary").asString()).contains("噪音");
    assertThat(ids(search("q=12345-20260315-000042"))).containsExactly(id);
  }

  @Test
  void twoInstancesRegisteringTheSameReferralAtOnceCreateOneCase() throws Exception {
    for (int round = 0; round < 5; round++) {
      RegisterCase command = referralCommand("ticket-race-" + round + "-" + UUID.randomUUID());
      CyclicBarrier together = new CyclicBarrier(2);
      CompletableFuture<Optional<MediationCase>> one = registerAt(together, command);
      CompletableFuture<Optional<MediationCase>> two = registerAt(together, command);

      assertThat(List.of(one.get(), two.get()))
          .as("round %d: exactly one of the two created the case", round)
          .filteredOn(Optional::isPresent)
          .hasSize(1);
      assertThat(ids(search("ticket=" + command.referral().ticketId()))).hasSize(1);
    }
  }

  @Test
  void aTicketReferredAgainAfterItsCaseWasDeclinedGetsASecondCase() throws Exception {
    String ticketId = "ticket-again-" + UUID.randomUUID();
    RegisterCase first = referralCommand(ticketId, "referral-A-" + ticketId, clock.instant());
    String firstCase = intake.registerReferral(first).orElseThrow().id();
    action(firstCase, "decline", "mediator", null, "{\"reason\":\"OUTSIDE_SCOPE\"}")
        .andExpect(status().isOk());

    RegisterCase again = referralCommand(ticketId, "referral-B-" + ticketId, clock.instant());
    String secondCase = intake.registerReferral(again).orElseThrow().id();

    assertThat(secondCase).isNotEqualTo(firstCase);
    assertThat(intake.registerReferral(again)).as("the second referral redelivered").isEmpty();
    assertThat(intake.registerReferral(first)).as("the first referral redelivered").isEmpty();
    assertThat(ids(search("ticket=" + ticketId))).containsExactly(secondCase, firstCase);
  }

  @Test
  void aCaseStoredBeforeReferralsHadIdsKeepsItsReferralAndLetsTheTicketBeReferredAgain()
      throws Exception {
    String ticketId = "ticket-legacy-" + UUID.randomUUID();
    Instant referredAt = clock.instant();
    RegisterCase legacy = referralCommand(ticketId, "referral-old-" + ticketId, referredAt);
    String legacyCase = intake.registerReferral(legacy).orElseThrow().id();
    String otherLegacyCase =
        intake.registerReferral(referralCommand("other-" + ticketId)).orElseThrow().id();
    // Two documents without the referral's id: the unique index must leave both alone (sparse).
    for (String id : List.of(legacyCase, otherLegacyCase)) {
      mongo.updateFirst(
          Query.query(Criteria.where("_id").is(id)),
          new Update()
              .unset("mediationCase.intake.referral.referralId")
              .unset("mediationCase.intake.referral.referredAt"),
          "cases");
    }

    assertThat(intake.registerReferral(legacy)).as("the old referral redelivered").isEmpty();
    action(legacyCase, "decline", "mediator", null, "{\"reason\":\"OUTSIDE_SCOPE\"}")
        .andExpect(status().isOk());
    clock.shift(Duration.ofMinutes(1));
    RegisterCase again = referralCommand(ticketId, "referral-new-" + ticketId, clock.instant());
    String secondCase = intake.registerReferral(again).orElseThrow().id();
    assertThat(ids(search("ticket=" + ticketId))).containsExactly(secondCase, legacyCase);
    // The index is in force for the documents that have the key.
    assertThatThrownBy(
            () ->
                mongo.updateFirst(
                    Query.query(Criteria.where("_id").is(otherLegacyCase)),
                    Update.update(
                        "mediationCase.intake.referral.referralId", again.referral().referralId()),
                    "cases"))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void aClosedReferredCasePublishesWhatTheHotlineRecordsOnTheTicket() throws Exception {
    TicketReferral referral =
        ReferralTopic.referral("12345-20260316-000007", "YIMEI", "LABOUR_WAGES", "13933330001");
    try (ReferralTopic topic = new ReferralTopic(kafka.getBootstrapServers())) {
      topic.send(referral);
    }
    String id = awaitCaseOf(referral.ticketId()).get("id").asString();
    action(id, "assign", "admin", null, TO_MEDIATOR2).andExpect(status().isOk());
    action(id, "sessions", "mediator2", null, session(today())).andExpect(status().isOk());
    action(
            id,
            "close",
            "mediator2",
            null,
            "{\"outcome\":\"SUCCESS\",\"agreementType\":\"WRITTEN\",\"amount\":8600}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.closing.agreement.amount").value(8600.0));
    assertThat(read(id, "mediator2").at("/closing/agreement/amount").decimalValue())
        .isEqualByComparingTo("8600");

    List<ConsumerRecord<String, byte[]>> records =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> TopicRecords.withKey(kafka.getBootstrapServers(), Topics.CASE_EVENTS, id),
                found -> found.size() == 4);
    ConsumerRecord<String, byte[]> closed = records.get(3);
    assertThat(KafkaCloudEvents.header(closed.headers(), KafkaCloudEvents.TYPE))
        .contains(MediationCaseEventType.CLOSED.cloudEventType());
    assertThat(
            EventSchemas.violations(MediationCaseEventType.CLOSED.cloudEventType(), closed.value()))
        .isEmpty();
    // Exactly what hotline-service's MediationOutcomes reads and requires.
    MediationCaseEvent event = EventJson.readMediationCaseEvent(closed.value());
    MediationCaseSnapshot snapshot = event.snapshot();
    assertThat(event.caseId()).isEqualTo(id);
    assertThat(snapshot.referralTicketId()).isEqualTo(referral.ticketId());
    assertThat(snapshot.outcome()).isEqualTo("SUCCESS");
    assertThat(snapshot.closedAt()).isNotNull();
    assertThat(snapshot.disputeType()).isEqualTo("LABOUR");
    assertThat(records)
        .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
        .allSatisfy(data -> assertThat(data).doesNotContain("13933330001", "王五", "噪音"));
  }

  @Test
  void anUnreadableReferralGoesToTheDeadLetterTopicWithoutThePersonalData() throws Exception {
    String broken = "broken-" + UUID.randomUUID();
    TicketReferral nowhere =
        ReferralTopic.referral("12345-20260316-000008", "ATLANTIS", null, "13944440001");
    try (ReferralTopic topic = new ReferralTopic(kafka.getBootstrapServers())) {
      topic.sendText(broken, "{\"caller\":{\"name\":\"市民王五\",\"phone\":\"13944440002\"");
      topic.send(nowhere);
    }

    List<ConsumerRecord<String, byte[]>> letters = new java.util.ArrayList<>();
    for (String key : List.of(broken, nowhere.ticketId())) {
      letters.addAll(DeadLetters.awaitOf(kafka.getBootstrapServers(), Topics.REFERRALS, key));
    }
    assertThat(ids(search("ticket=" + nowhere.ticketId()))).isEmpty();
    for (ConsumerRecord<String, byte[]> letter : letters) {
      String headers =
          java.util.stream.StreamSupport.stream(letter.headers().spliterator(), false)
              .map(h -> h.key() + "=" + new String(h.value(), StandardCharsets.UTF_8))
              .collect(java.util.stream.Collectors.joining("\n"));
      assertThat(new String(letter.value(), StandardCharsets.UTF_8) + headers)
          .as("dead letter %s", letter.key())
          .doesNotContain("市民王五", "13944440001", "13944440002", "噪音", "转人民调解")
          .contains("kafka_dlt-exception-fqcn=", "kafka_dlt-original-offset=", "ce_type=");
    }
    JsonNode letter = JsonMapper.shared().readTree(letters.get(letters.size() - 1).value());
    assertThat(letter.get("ticketId").asString()).isEqualTo(nowhere.ticketId());
    assertThat(letter.get("eventId").asString()).isEqualTo(nowhere.eventId());
    assertThat(letter.get("district").asString()).isEqualTo("ATLANTIS");
  }

  @Test
  void twoOverdueWatchersRacingMarkACasePastItsTimeLimitOnce() throws Exception {
    String id = register("FENGLIN", "13955550001");
    clock.shift(Duration.ofDays(32));

    var one = java.util.concurrent.CompletableFuture.supplyAsync(watcher::markOverdueCases);
    var two = java.util.concurrent.CompletableFuture.supplyAsync(watcher::markOverdueCases);
    assertThat(one.get() + two.get()).isGreaterThanOrEqualTo(1);
    assertThat(watcher.markOverdueCases()).isZero();

    JsonNode overdue = read(id, "mediator");
    assertThat(overdue.at("/timeLimit/overdue").asBoolean()).isTrue();
    assertThat(ids(search("overdue=true&district=FENGLIN"))).containsExactly(id);
    String later = clock.instant().plus(Duration.ofDays(10)).toString();
    action(
            id,
            "extend",
            "mediator",
            "\"2\"",
            "{\"deadline\":\"" + later + "\",\"partiesConsent\":true,\"reason\":\"双方同意\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.timeLimit.overdue").value(false));
    awaitEvents(
        id,
        MediationCaseEventType.REGISTERED,
        MediationCaseEventType.MARKED_OVERDUE,
        MediationCaseEventType.EXTENDED);
  }

  private CompletableFuture<Optional<MediationCase>> registerAt(
      CyclicBarrier together, RegisterCase command) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            together.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return intake.registerReferral(command);
        });
  }

  private RegisterCase referralCommand(String ticketId) {
    return referralCommand(ticketId, UUID.randomUUID().toString(), clock.instant());
  }

  private static RegisterCase referralCommand(
      String ticketId, String referralId, Instant referredAt) {
    return new RegisterCase(
        "OTHER",
        "YIMEI",
        null,
        "HOTLINE",
        List.of(new Party(PartyRole.APPLICANT, "赵六", "13966660001", null)),
        "欠薪",
        new HotlineReferral(ticketId, "12345-20260317-000001", referralId, referredAt),
        MediationCase.HOTLINE_REFERRAL);
  }

  private JsonNode awaitCaseOf(String ticketId) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              JsonNode items = search("ticket=" + ticketId).get("items");
              return items.isEmpty() ? null : items.get(0);
            },
            item -> item != null);
  }

  private String register(String district, String phone) throws Exception {
    String body = CASE.formatted(district, phone, phone);
    String response =
        create("mediator", body)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return json(response).get("id").asString();
  }

  private ResultActions create(String user, String body) throws Exception {
    return mvc.perform(
        post("/api/cases")
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  /** The fields the 400 problem names that answers {@code action} with {@code body}. */
  private List<String> refused(String id, String action, String user, String body)
      throws Exception {
    return refusedFields(action(id, action, user, null, body));
  }

  private ResultActions action(String id, String action, String user, String ifMatch, String body)
      throws Exception {
    MockHttpServletRequestBuilder request =
        post("/api/cases/" + id + "/" + action)
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return mvc.perform(request);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CITY);
  }

  private static String session(LocalDate date) {
    return "{\"date\":\"" + date + "\",\"participants\":[\"张三\",\"李四\"],\"notes\":\"首次调解\"}";
  }

  private static String withVersion(String body, long version) {
    return body.substring(0, body.length() - 1) + ",\"version\":" + version + "}";
  }

  private JsonNode read(String id, String user) throws Exception {
    return json(
        mvc.perform(get("/api/cases/" + id).with(httpBasic(user, user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private JsonNode search(String query) throws Exception {
    return json(
        mvc.perform(get("/api/cases?" + query).with(httpBasic("mediator", "mediator")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private static List<String> ids(JsonNode page) {
    return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
  }

  private static JsonNode json(String text) {
    return JsonMapper.shared().readTree(text);
  }

  /** Waits until the events of {@code id} are of {@code types}, exactly and in order. */
  private void awaitEvents(String id, MediationCaseEventType... types) {
    EventTypes.awaitExactly(
        kafka.getBootstrapServers(),
        Topics.CASE_EVENTS,
        id,
        MediationCaseEventType::cloudEventType,
        types);
  }
}
