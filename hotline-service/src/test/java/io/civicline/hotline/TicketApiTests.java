package io.civicline.hotline;

import static io.civicline.kit.testing.ApiCalls.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.MediationCaseEvent;
import io.civicline.events.MediationCaseEventType;
import io.civicline.events.MediationCaseSnapshot;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketReferral;
import io.civicline.events.TopicRecords;
import io.civicline.events.Topics;
import io.civicline.hotline.events.OverdueWatcher;
import io.civicline.hotline.store.TicketStoreUpgrade;
import io.civicline.kit.mongo.ClusterLease;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.DeadLetters;
import io.civicline.kit.testing.EventTypes;
import io.civicline.kit.testing.MongoRoundTrips;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * The ticket API beyond the happy path, on the embedded broker and MongoDB-wire server: locking,
 * validation, search, the referral topic, mediation outcomes coming back, and the SLA watcher.
 */
@CaseServiceTest(database = "hotline", partitions = 3)
@AutoConfigureMockMvc
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = "civicline.hotline.sla.watch-interval=1h")
class TicketApiTests {

  static final String TICKET =
      """
      {"channel":"PHONE","category":"COMPLAINT","topic":"HEATING","district":"%s",
       "caller":{"name":"李四","phone":"%s"},"description":"暖气不热 %s"}
      """;

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired OverdueWatcher watcher;
  @Autowired TicketDesk desk;
  @Autowired TicketStoreUpgrade upgrade;
  @Autowired MongoRoundTrips roundTrips;

  @TestConfiguration
  static class CountedCommands {
    @Bean
    MongoRoundTrips roundTrips() {
      return new MongoRoundTrips();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer countCommands(MongoRoundTrips roundTrips) {
      return roundTrips.customizer();
    }
  }

  @Test
  void anActionCostsTheTicketsReadItsWriteAndTheDisclosureRecordAndTheRelayOneRemoval()
      throws Exception {
    String id = receive("YIMEI", "13900000009");
    // The intake's events out first: the relay's removal of them is not the action's.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                mongo
                    .findById(id, org.bson.Document.class, "tickets")
                    .getList("outbox", Object.class)
                    .isEmpty());

    List<String> commands =
        roundTrips.of(
            () ->
                action(id, "dispatch", "agent", "\"1\"", "{\"department\":\"HEATING_CO\"}")
                    .andExpect(status().isOk()));

    System.out.println("ROUNDTRIPS " + commands);
    // The working calendar is read once in 30 s, not per action.
    assertThat(commands)
        .filteredOn(command -> !command.endsWith("calendar_years"))
        .containsExactly("find tickets", "findAndModify tickets", "insert personal_data_access");
    // The write hands its outbox to the relay: no read back before publishing, one removal.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(roundTrips.relayed()).contains("update tickets"));
    System.out.println("RELAYED " + roundTrips.relayed());
    assertThat(roundTrips.relayed()).containsExactly("update tickets");
  }

  @Test
  void aStaleIfMatchGets409WithTheCurrentTicketAndChangesNothing() throws Exception {
    String id = receive("YIMEI", "13900000001");
    action(id, "dispatch", "agent", "\"1\"", "{\"department\":\"HEATING_CO\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2));

    action(id, "supervise", "agent", "\"1\"", "{}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.current.version").value(2))
        .andExpect(jsonPath("$.current.status").value("DISPATCHED"));
    action(id, "sign", "heating", "W/\"2\"", null).andExpect(status().isOk());

    assertThat(ticket(id).get("version").asInt()).isEqualTo(3);
    assertThat(ticket(id).get("milestones").get("supervised").asBoolean()).isFalse();
  }

  @Test
  void aTransitionTheStatusForbidsIs409AndTheAllowedActionsSayWhatIsPossible() throws Exception {
    String id = receive("WUCUI", "13900000002");

    action(id, "close", "agent", null, "{}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("close")))
        .andExpect(jsonPath("$.current.status").value("RECEIVED"));

    JsonNode ticket = ticket(id);
    assertThat(ticket.get("version").asInt()).isEqualTo(1);
    assertThat(ticket.get("allowedActions").toString())
        .contains("DISPATCH", "REFER", "MARK_DUPLICATE", "SUPERVISE")
        .doesNotContain("CLOSE");
  }

  @Test
  void departmentStaffCannotTouchAnotherDepartmentsTicket() throws Exception {
    String id = receive("YOUHAO", "13900000003");
    action(id, "dispatch", "agent", null, "{\"department\":\"WATER_CO\"}")
        .andExpect(status().isOk());

    action(id, "sign", "heating", null, null).andExpect(status().isForbidden());
    mvc.perform(get("/api/tickets/" + id).with(httpBasic("heating", "heating")))
        .andExpect(status().isForbidden());
    action(id, "dispatch", "heating", null, "{\"department\":\"HEATING_CO\"}")
        .andExpect(status().isForbidden());

    assertThat(ticket(id).get("version").asInt()).isEqualTo(2);
  }

  @Test
  void badActionInputIsNamedInA400Problem() throws Exception {
    String id = receive("JINLIN", "13900000004");

    assertThat(refused(id, "dispatch", "agent", "{\"department\":\"NOWHERE\"}"))
        .startsWith("department");
    assertThat(
            refusedFields(
                action(id, "dispatch", "agent", "\"one\"", "{\"department\":\"HEATING_CO\"}")))
        .startsWith("If-Match");
    assertThat(refused(id, "return", "agent", "{\"reason\":\"\"}")).startsWith("reason");
    assertThat(refused(id, "callback", "agent", "{\"rating\":\"DELIGHTED\"}")).startsWith("rating");
    assertThat(
            refused(
                id, "dispatch", "agent", "{\"department\":\"HEATING_CO\",\"deadline\":\"soon\"}"))
        .startsWith("deadline");
    assertThat(refused(id, "dispatch", "agent", "not json")).isEmpty();

    assertThat(ticket(id).get("version").asInt()).isEqualTo(1);
  }

  @Test
  void searchFiltersByDistrictNumberAndPhoneNewestFirstAndPages() throws Exception {
    String first = receive("NANCHA", "13911110001");
    String second = receive("NANCHA", "13911110002");
    String number = ticket(second).get("number").asString();

    JsonNode byDistrict = search("district=NANCHA&size=1");
    assertThat(byDistrict.get("items")).hasSize(1);
    assertThat(byDistrict.get("items").get(0).get("id").asString()).isEqualTo(second);
    assertThat(byDistrict.get("hasNext").asBoolean()).isTrue();
    assertThat(search("district=NANCHA&page=1&size=1").get("items").get(0).get("id").asString())
        .isEqualTo(first);
    assertThat(search("q=" + number).get("items"))
        .singleElement()
        .satisfies(item -> assertThat(item.get("id").asString()).isEqualTo(second));
    assertThat(search("q=13911110001").get("items"))
        .singleElement()
        .satisfies(item -> assertThat(item.get("id").asString()).isEqualTo(first));
    assertThat(search("q=" + "暖气不热 13911110002").get("items")).hasSize(1);

    mvc.perform(get("/api/tickets?size=500&page=-1").with(httpBasic("agent", "agent")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(2));
    mvc.perform(get("/api/tickets?status=LOST").with(httpBasic("agent", "agent")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aReferralTravelsWithTheContactOnItsOwnTopicAndTheOutcomeComesBack() throws Exception {
    String id = receive("TIELI", "13922220001");
    action(id, "refer", "agent", null, "{\"note\":\"邻里纠纷\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REFERRED"));

    ConsumerRecord<String, byte[]> referral =
        await().atMost(Duration.ofSeconds(20)).until(() -> referralOf(id), r -> r != null);
    TicketReferral read = EventJson.readTicketReferral(referral.value());
    assertThat(read.caller().phone()).isEqualTo("13922220001");
    assertThat(KafkaCloudEvents.header(referral.headers(), KafkaCloudEvents.TYPE))
        .contains(TicketReferral.TYPE);

    sendCaseEvent(id, "case-1", 3, null, null);
    sendCaseEvent(id, "case-1", 7, Instant.now(), "SUCCESS");
    sendCaseEvent(id, "case-1", 7, Instant.now(), "SUCCESS");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(ticket(id).get("status").asString()).isEqualTo("REPLIED"));
    JsonNode answered = ticket(id);
    assertThat(answered.get("reply").get("mediationOutcome").asString()).isEqualTo("SUCCESS");
    assertThat(answered.get("version").asInt()).isEqualTo(3);
    assertThat(eventTypesOf(id))
        .containsExactly(
            TicketEventType.RECEIVED.cloudEventType(),
            TicketEventType.REFERRED.cloudEventType(),
            TicketEventType.MEDIATION_OUTCOME_RECORDED.cloudEventType());
  }

  @Test
  void anAgentUrgesTheDepartmentHoldingTheTicketAsOftenAsNeeded() throws Exception {
    String id = receive("NANCHA", "13955550001");
    action(id, "urge", "agent", null, "{}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.current.status").value("RECEIVED"));
    action(id, "dispatch", "agent", null, "{\"department\":\"HEATING_CO\"}")
        .andExpect(status().isOk());

    action(id, "urge", "heating", null, "{}").andExpect(status().isForbidden());
    action(id, "urge", "agent", "\"2\"", "{\"note\":\"市民再次来电\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DISPATCHED"));
    action(id, "urge", "agent", null, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.milestones.urgedAt.length()").value(2))
        .andExpect(jsonPath("$.allowedActions").value(org.hamcrest.Matchers.hasItem("URGE")));

    awaitEvents(
        id,
        TicketEventType.RECEIVED,
        TicketEventType.DISPATCHED,
        TicketEventType.URGED,
        TicketEventType.URGED);
  }

  @Test
  void aCallbackSaysWhetherTheProblemIsSolvedButNotForAnUnreachableCitizen() throws Exception {
    String id = receive("NANCHA", "13955550002");
    action(id, "dispatch", "agent", null, "{\"department\":\"HEATING_CO\"}")
        .andExpect(status().isOk());
    action(id, "reply", "heating", null, "{\"result\":\"RESOLVED\",\"note\":\"已修复\"}")
        .andExpect(status().isOk());

    action(id, "callback", "agent", null, "{\"rating\":\"UNREACHABLE\",\"solved\":true}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("solved"));
    action(id, "callback", "agent", null, "{\"rating\":\"UNREACHABLE\"}")
        .andExpect(status().isOk());
    action(id, "callback", "agent", null, "{\"rating\":\"SATISFIED\",\"solved\":false}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.callbacks[1].solved").value(false));

    JsonNode unreachable = ticket(id).get("callbacks").get(0).path("solved");
    assertThat(unreachable.isNull() || unreachable.isMissingNode()).isTrue();
  }

  @Test
  void everyAnswerOfMediationComesBackOnceAndOnlyAMediatedCaseAnswersTheTicket() throws Exception {
    Map<String, String> tickets = new java.util.LinkedHashMap<>();
    for (String outcome : List.of("FAILED", "WITHDRAWN", "TRANSFERRED", "DECLINED")) {
      String id = receive("NANCHA", "1396666000" + tickets.size());
      action(id, "refer", "agent", null, "{}").andExpect(status().isOk());
      tickets.put(outcome, id);
    }

    for (Map.Entry<String, String> ticket : tickets.entrySet()) {
      for (int delivery = 0; delivery < 2; delivery++) {
        sendAnswer(ticket.getValue(), "case-" + ticket.getKey(), ticket.getKey(), null);
      }
    }

    for (Map.Entry<String, String> ticket : tickets.entrySet()) {
      String id = ticket.getValue();
      boolean mediated = ticket.getKey().equals("FAILED");
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(eventTypesOf(id))
                      .containsExactly(
                          TicketEventType.RECEIVED.cloudEventType(),
                          TicketEventType.REFERRED.cloudEventType(),
                          mediated
                              ? TicketEventType.MEDIATION_OUTCOME_RECORDED.cloudEventType()
                              : TicketEventType.REFERRAL_RETURNED.cloudEventType()));
      JsonNode answered = ticket(id);
      assertThat(answered.get("status").asString()).isEqualTo(mediated ? "REPLIED" : "RECEIVED");
      assertThat(
              answered.get("milestones").get("referralsConcluded").get(0).get("outcome").asString())
          .isEqualTo(ticket.getKey());
    }
  }

  @Test
  void aDeclineRedeliveredAfterTheTicketWasReferredAgainChangesNothing() throws Exception {
    String id = receive("NANCHA", "13966660009");
    action(id, "refer", "agent", null, "{}").andExpect(status().isOk());
    int partition = sendAnswer(id, "case-declined", "DECLINED", null);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(ticket(id).get("status").asString()).isEqualTo("RECEIVED"));
    action(id, "refer", "agent", null, "{}").andExpect(status().isOk());

    sendAnswer(id, "case-declined", "DECLINED", partition);
    // Behind the redelivery on its partition: once this answer is in, the redelivery was read.
    sendAnswer(id, "case-again", "SUCCESS", partition);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(ticket(id).get("status").asString()).isEqualTo("REPLIED"));
    assertThat(ticket(id).get("version").asInt()).isEqualTo(5);
    assertThat(ticket(id).get("milestones").get("referralsConcluded")).hasSize(2);
  }

  @Test
  void aTicketStoredBeforeStepsExistedIsReadAndChangedWithoutSteps() throws Exception {
    String id = receive("NANCHA", "13977770001");
    assertThat(desk.get(id).steps()).isEmpty();
    // As stored before tickets had steps.
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(id)), new Update().unset("ticket.steps"), "tickets");

    assertThat(desk.get(id).steps()).isNull();
    action(id, "dispatch", "agent", null, "{\"department\":\"HEATING_CO\"}")
        .andExpect(status().isOk());

    assertThat(desk.get(id).steps()).isNull();
    assertThat(
            mongo
                .findById(id, org.bson.Document.class, "tickets")
                .get("ticket", org.bson.Document.class))
        .doesNotContainKey("steps");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        TopicRecords.withKey(kafka.getBootstrapServers(), Topics.TICKET_EVENTS, id))
                    .hasSize(2)
                    .extracting(r -> EventJson.readTicketEvent(r.value()).snapshot().steps())
                    .containsExactly(List.of(), null));
  }

  @Test
  void anUnreadableCaseEventGoesToTheDeadLetterTopic() throws Exception {
    String key = "broken-" + UUID.randomUUID();
    try (KafkaProducer<String, byte[]> producer = producer()) {
      CloudEvent broken =
          new CloudEvent(
              UUID.randomUUID().toString(),
              "/test",
              MediationCaseEventType.REGISTERED.cloudEventType(),
              key,
              Instant.now(),
              "{not json".getBytes(StandardCharsets.UTF_8));
      producer.send(KafkaCloudEvents.toRecord(Topics.CASE_EVENTS, broken)).get();
    }

    assertThat(DeadLetters.awaitOf(kafka.getBootstrapServers(), Topics.CASE_EVENTS, key))
        .isNotEmpty();
  }

  @Test
  void twoSlaWatchersRacingMarkATicketPastItsDeadlineOverdueOnce() throws Exception {
    String id = receive("JIAYIN", "13933330001");
    Instant deadline = dispatchDueInASecond(id);
    await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(deadline));

    var one = java.util.concurrent.CompletableFuture.supplyAsync(watcher::markOverdueTickets);
    var two = java.util.concurrent.CompletableFuture.supplyAsync(watcher::markOverdueTickets);
    assertThat(one.get() + two.get()).isGreaterThanOrEqualTo(1);
    assertThat(watcher.markOverdueTickets()).isZero();

    JsonNode ticket = ticket(id);
    assertThat(ticket.get("milestones").get("overdue").asBoolean()).isTrue();
    assertThat(search("overdue=true&district=JIAYIN").get("items")).hasSize(1);
    awaitEvents(
        id, TicketEventType.RECEIVED, TicketEventType.DISPATCHED, TicketEventType.MARKED_OVERDUE);
  }

  @Test
  void aTicketStoredInTheFormerShapeIsUpgradedAndThenMarkedOverdueOnce() throws Exception {
    String id = receive("TIELI", "13933330002");
    Instant deadline = dispatchDueInASecond(id);
    // As an earlier version stored it: its SLA keys under sla, in their own unique index.
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(id)),
        new Update()
            .unset("riskAt")
            .set(
                "sla",
                new org.bson.Document("due", "%015d|%s".formatted(deadline.toEpochMilli(), id))),
        "tickets");
    mongo
        .indexOps("tickets")
        .createIndex(
            new org.springframework.data.mongodb.core.index.Index(
                    "sla.due", org.springframework.data.domain.Sort.Direction.ASC)
                .unique()
                .sparse()
                .named("sla_due"));

    upgrade.afterPropertiesSet();

    org.bson.Document upgraded = mongo.findById(id, org.bson.Document.class, "tickets");
    assertThat(upgraded).doesNotContainKey("sla").containsKey("riskAt");
    assertThat(mongo.indexOps("tickets").getIndexInfo())
        .noneMatch(index -> index.getName().equals("sla_due"));
    await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(deadline));
    assertThat(watcher.markOverdueTickets()).isEqualTo(1);
    assertThat(watcher.markOverdueTickets()).isZero();
    assertThat(ticket(id).get("milestones").get("overdue").asBoolean()).isTrue();
    assertThat(mongo.findById(id, org.bson.Document.class, "tickets").get("riskAt")).isNull();
  }

  @Test
  void aDepartmentsQueueHoldsTheTicketsItHoldsNearestDeadlineFirst() throws Exception {
    String later = receive("TANGWANG", "13944440001");
    String sooner = receive("TANGWANG", "13944440002");
    String elsewhere = receive("TANGWANG", "13944440003");
    String waiting = receive("TANGWANG", "13944440004");
    Instant now = Instant.now();
    dispatch(later, "HEATING_CO", now.plus(Duration.ofDays(3)));
    dispatch(sooner, "HEATING_CO", now.plus(Duration.ofDays(2)));
    dispatch(elsewhere, "WATER_CO", now.plus(Duration.ofDays(1)));
    action(sooner, "sign", "heating", null, null).andExpect(status().isOk());

    String body =
        mvc.perform(get("/api/tickets/queue?size=100").with(httpBasic("heating", "heating")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    List<String> queue = new java.util.ArrayList<>();
    tools.jackson.databind.json.JsonMapper.shared()
        .readTree(body)
        .forEach(ticket -> queue.add(ticket.get("id").asString()));

    assertThat(queue).contains(sooner, later).doesNotContain(elsewhere, waiting);
    assertThat(queue.indexOf(sooner)).isLessThan(queue.indexOf(later));
  }

  private void dispatch(String id, String department, Instant deadline) throws Exception {
    action(
            id,
            "dispatch",
            "agent",
            null,
            "{\"department\":\"" + department + "\",\"deadline\":\"" + deadline + "\"}")
        .andExpect(status().isOk());
  }

  /** Dispatches the ticket with a deadline a second from now; returns the deadline. */
  private Instant dispatchDueInASecond(String id) throws Exception {
    Instant deadline = Instant.now().plusSeconds(1);
    dispatch(id, "HEATING_CO", deadline);
    return deadline;
  }

  @Test
  void onlyOneInstanceHoldsTheWatchersLeaseUntilItExpires() {
    ClusterLease one = new ClusterLease(mongo, Clock.systemUTC());
    ClusterLease two = new ClusterLease(mongo, Clock.systemUTC());
    String name = "lease-" + UUID.randomUUID();

    assertThat(one.tryAcquire(name, Duration.ofMillis(300))).isTrue();
    assertThat(two.tryAcquire(name, Duration.ofMillis(300))).isFalse();
    assertThat(one.tryAcquire(name, Duration.ofMillis(300))).isTrue();

    await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> two.tryAcquire(name, Duration.ofMinutes(1)));
    assertThat(one.tryAcquire(name, Duration.ofMinutes(1))).isFalse();
  }

  private String receive(String district, String phone) throws Exception {
    String body = TICKET.formatted(district, phone, phone);
    String response =
        mvc.perform(
                post("/api/tickets")
                    .with(httpBasic("agent", "agent"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return tools.jackson.databind.json.JsonMapper.shared().readTree(response).get("id").asString();
  }

  /** The fields the 400 problem names that answers {@code action} with {@code body}. */
  private List<String> refused(String id, String action, String user, String body)
      throws Exception {
    return refusedFields(action(id, action, user, null, body));
  }

  private ResultActions action(String id, String action, String user, String ifMatch, String body)
      throws Exception {
    var request = post("/api/tickets/" + id + "/" + action).with(httpBasic(user, user));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  private JsonNode ticket(String id) throws Exception {
    return json(get("/api/tickets/" + id));
  }

  private JsonNode search(String query) throws Exception {
    return json(get("/api/tickets?" + query));
  }

  private JsonNode json(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    String body =
        mvc.perform(request.with(httpBasic("agent", "agent")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return tools.jackson.databind.json.JsonMapper.shared().readTree(body);
  }

  private List<String> eventTypesOf(String id) {
    return EventTypes.of(kafka.getBootstrapServers(), Topics.TICKET_EVENTS, id);
  }

  private ConsumerRecord<String, byte[]> referralOf(String id) {
    List<ConsumerRecord<String, byte[]>> records =
        TopicRecords.withKey(kafka.getBootstrapServers(), Topics.REFERRALS, id);
    return records.isEmpty() ? null : records.get(0);
  }

  private void sendCaseEvent(
      String ticketId, String caseId, long version, Instant closedAt, String outcome)
      throws Exception {
    MediationCaseSnapshot snapshot =
        new MediationCaseSnapshot(
            "M-1",
            closedAt == null ? "MEDIATING" : "CLOSED",
            "NEIGHBOUR",
            "TIELI",
            "HOTLINE",
            "PEOPLES_MEDIATION_COMMITTEE",
            false,
            ticketId,
            Instant.now(),
            null,
            false,
            closedAt,
            outcome);
    MediationCaseEvent event =
        new MediationCaseEvent(
            MediationCaseEventType.REGISTERED.cloudEventType(),
            UUID.randomUUID().toString(),
            caseId,
            version,
            Instant.now(),
            snapshot);
    try (KafkaProducer<String, byte[]> producer = producer()) {
      producer
          .send(
              KafkaCloudEvents.toRecord(
                  Topics.CASE_EVENTS,
                  new CloudEvent(
                      event.eventId(),
                      "/mediation-service",
                      event.type(),
                      caseId,
                      event.occurredAt(),
                      EventJson.write(event))))
          .get();
    }
  }

  /**
   * Sends mediation's answer to the ticket's referral (a closed case's outcome, or a declined case)
   * to the partition given, or the key's; returns the partition.
   */
  private int sendAnswer(String ticketId, String caseId, String outcome, Integer partition)
      throws Exception {
    boolean declined = outcome.equals("DECLINED");
    Instant now = Instant.now();
    MediationCaseSnapshot snapshot =
        new MediationCaseSnapshot(
            "M-2",
            declined ? "DECLINED" : "CLOSED",
            "NEIGHBOUR",
            "NANCHA",
            "HOTLINE",
            declined ? null : "PEOPLES_MEDIATION_COMMITTEE",
            declined ? null : false,
            ticketId,
            now,
            null,
            false,
            declined ? null : now,
            declined ? null : outcome,
            declined ? now : null,
            declined ? "BEFORE_COURT" : null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    MediationCaseEvent event =
        new MediationCaseEvent(
            (declined ? MediationCaseEventType.DECLINED : MediationCaseEventType.CLOSED)
                .cloudEventType(),
            UUID.randomUUID().toString(),
            caseId,
            declined ? 1 : 9,
            now,
            snapshot);
    ProducerRecord<String, byte[]> record =
        KafkaCloudEvents.toRecord(
            Topics.CASE_EVENTS,
            new CloudEvent(
                event.eventId(),
                "/mediation-service",
                event.type(),
                caseId,
                now,
                EventJson.write(event)));
    try (KafkaProducer<String, byte[]> producer = producer()) {
      return producer
          .send(
              new ProducerRecord<>(
                  record.topic(), partition, record.key(), record.value(), record.headers()))
          .get()
          .partition();
    }
  }

  private KafkaProducer<String, byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers())),
        new StringSerializer(),
        new ByteArraySerializer());
  }

  /** Waits until the events of {@code id} are of {@code types}, exactly and in order. */
  private void awaitEvents(String id, TicketEventType... types) {
    EventTypes.awaitExactly(
        kafka.getBootstrapServers(),
        Topics.TICKET_EVENTS,
        id,
        TicketEventType::cloudEventType,
        types);
  }
}
