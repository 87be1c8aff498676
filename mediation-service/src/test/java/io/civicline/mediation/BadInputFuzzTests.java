package io.civicline.mediation;

import static io.civicline.kit.testing.BadBodies.Field.optional;
import static io.civicline.kit.testing.BadBodies.Field.required;
import static io.civicline.kit.testing.WriteApiFuzz.NOTE;
import static io.civicline.kit.testing.WriteApiFuzz.VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.TicketReferral;
import io.civicline.events.Topics;
import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.BadBodies.Kind;
import io.civicline.kit.testing.BadInputFuzz;
import io.civicline.kit.testing.BadInputFuzz.Subjects;
import io.civicline.kit.testing.BadInputFuzz.Transition;
import io.civicline.kit.testing.BadRecords;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.OutboxedDocuments;
import io.civicline.kit.testing.WriteApiFuzz;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bad-input suite of the case API and the referral topic: a bounded, seeded fuzz of every write
 * endpoint and every transition a case's state forbids, and bad records on {@code
 * hotline.referrals}. Never a 5xx, every 4xx a problem that changed nothing, a 2xx only for input
 * the API may take, every accepted change published, every bad record in the dead-letter topic.
 */
@CaseServiceTest(database = "mediation", partitions = 3)
@AutoConfigureMockMvc
@TestPropertySource(
    locations = {
      "classpath:civicline-test-users.properties",
      "classpath:mediation-test-users.properties"
    },
    properties = "civicline.mediation.watch-interval=1h")
class BadInputFuzzTests {

  static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  static final String CASE =
      """
      {"disputeType":"NEIGHBOURHOOD","district":"YIMEI","township":"旭日街道","source":"WALK_IN",
       "parties":[{"role":"APPLICANT","name":"张三","phone":"13800000000","idNumber":"230702198503121235"},
                  {"role":"RESPONDENT","name":"李四"}],
       "summary":"楼上漏水"}
      """;

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired KafkaConnectionDetails kafka;

  @Test
  void noBadInputToAWriteEndpointGetsA5xxOrChangesACase() throws Exception {
    WriteApiFuzz fuzz =
        fuzz()
            .intake(
                "register",
                "mediator",
                CASE,
                List.of(
                    required("disputeType", Kind.CODE),
                    required("district", Kind.CODE),
                    optional("township", Kind.TEXT),
                    required("source", Kind.CODE),
                    required("parties", Kind.LIST),
                    required("summary", Kind.TEXT),
                    optional("decline", Kind.OBJECT)));
    fuzz.action(
        "assign",
        "lead",
        "{\"mediator\":\"M_YIMEI_02\",\"note\":\"分派\"}",
        List.of(required("mediator", Kind.CODE), optional("body", Kind.CODE), NOTE, VERSION),
        this::registered);
    fuzz.action(
        "sessions",
        "mediator2",
        session(),
        List.of(
            required("date", Kind.DATE),
            optional("participants", Kind.LIST),
            optional("notes", Kind.TEXT),
            VERSION),
        this::mediating);
    fuzz.action(
        "extend",
        "mediator2",
        "{\"deadline\":\""
            + Instant.now().plus(Duration.ofDays(60))
            + "\",\"partiesConsent\":true,\"reason\":\"双方同意延期\"}",
        List.of(
            required("deadline", Kind.INSTANT),
            required("partiesConsent", Kind.FLAG),
            required("reason", Kind.TEXT),
            VERSION),
        this::mediating);
    fuzz.action(
        "close",
        "mediator2",
        "{\"outcome\":\"SUCCESS\",\"agreementType\":\"WRITTEN\",\"amount\":8600,\"note\":\"达成协议\"}",
        List.of(
            required("outcome", Kind.ENUM),
            required("agreementType", Kind.ENUM),
            optional("amount", Kind.NUMBER),
            optional("advice", Kind.ENUM),
            optional("transferredTo", Kind.CODE),
            NOTE,
            VERSION),
        this::afterASession);
    fuzz.action(
        "follow-up",
        "mediator2",
        "{\"performance\":\"FULFILLED\",\"note\":\"已履行\"}",
        List.of(required("performance", Kind.ENUM), NOTE, VERSION),
        this::closedWithAnAgreement);
    fuzz.action(
        "judicial-confirmation",
        "mediator2",
        "{\"court\":\"YIMEI_COURT\",\"appliedAt\":\"" + BadInputFuzz.NOW + "\"}",
        List.of(
            required("court", Kind.CODE),
            required("appliedAt", Kind.INSTANT),
            optional("confirmedAt", Kind.INSTANT),
            VERSION),
        this::closedWithAnAgreement);
    fuzz.action(
        "reopen",
        "mediator2",
        "{\"reason\":\"当事人要求再调\"}",
        List.of(required("reason", Kind.TEXT), VERSION),
        this::closedFailed);
    fuzz.action(
        "decline",
        "mediator",
        "{\"reason\":\"BEFORE_COURT\",\"note\":\"已起诉\"}",
        List.of(required("reason", Kind.ENUM), NOTE, VERSION),
        this::registered);

    fuzz.assertEveryEndpointTakesOnlyGoodInput("mediation");
  }

  @Test
  void everyTransitionAStateForbidsIsRefusedAndChangesNothing() throws Exception {
    WriteApiFuzz fuzz = fuzz();
    Map<String, Subjects> states = new LinkedHashMap<>();
    states.put("REGISTERED", this::registered);
    states.put("DECLINED at intake", () -> api().created("mediator", declinedAtIntake()));
    states.put("DECLINED", () -> api().acted(registered(), "decline", "mediator", DECLINE));
    states.put("MEDIATING", this::mediating);
    states.put("MEDIATING after a session", this::afterASession);
    states.put("CLOSED SUCCESS", this::closedWithAnAgreement);
    states.put(
        "CLOSED SUCCESS followed up",
        () -> api().acted(closedWithAnAgreement(), "follow-up", "mediator2", FOLLOW_UP));
    states.put("CLOSED FAILED", this::closedFailed);
    states.put("CLOSED WITHDRAWN", () -> api().acted(mediating(), "close", "mediator2", WITHDRAWN));
    states.put(
        "MEDIATING reopened", () -> api().acted(closedFailed(), "reopen", "mediator2", REOPEN));
    List<Transition> transitions =
        List.of(
            fuzz.transition("assign", Set.of("ASSIGN", "REASSIGN"), "lead", REASSIGN),
            fuzz.transition("sessions", Set.of("HOLD_SESSION"), "mediator2", session()),
            fuzz.transition(
                "extend",
                Set.of("EXTEND"),
                "mediator2",
                "{\"deadline\":\""
                    + Instant.now().plus(Duration.ofDays(60))
                    + "\",\"partiesConsent\":true,\"reason\":\"双方同意延期\"}"),
            fuzz.transition("close", Set.of("CLOSE"), "mediator2", WITHDRAWN),
            fuzz.transition("follow-up", Set.of("FOLLOW_UP"), "mediator2", FOLLOW_UP),
            fuzz.transition(
                "judicial-confirmation",
                Set.of("CONFIRM_JUDICIALLY"),
                "mediator2",
                "{\"court\":\"YIMEI_COURT\",\"appliedAt\":\"" + BadInputFuzz.NOW + "\"}"),
            fuzz.transition("reopen", Set.of("REOPEN"), "mediator2", REOPEN),
            fuzz.transition("decline", Set.of("DECLINE"), "mediator", DECLINE));

    fuzz.assertForbiddenTransitionsRefused(states, transitions, api()::allowedActions, 4);
  }

  @Test
  void unreadableReferralsEndInTheDeadLetterTopicWhileGoodOnesStillRegisterACase()
      throws Exception {
    BadRecords bad =
        new BadRecords(Topics.REFERRALS, BadInputFuzzTests::referral)
            .requiredFields("type", "eventId", "ticketId", "referredAt")
            .violating("referredAt not a time", data -> data.put("referredAt", "yesterday"))
            .violating("district unknown", data -> data.put("district", "ATLANTIS"))
            .violating("description over 4000", data -> data.put("description", "x".repeat(4001)))
            .violating("note over 1000", data -> data.put("note", "x".repeat(1001)))
            .violating(
                "caller {$gt:''}",
                data -> data.set("caller", JsonMapper.shared().createObjectNode().put("$gt", "")))
            .violating(
                "caller name over 50",
                data -> {
                  ((ObjectNode) data.get("caller")).put("name", "x".repeat(51));
                  return data;
                });
    String ticket = UUID.randomUUID().toString().replace("-", "").substring(0, 24);

    List<String> missing =
        bad.sendAndAwaitDeadLetters(
            kafka.getBootstrapServers(), List.of(BadRecords.behindThem(referral(ticket))));

    assertThat(missing).isEmpty();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(casesReferredBy(ticket)).isEqualTo(1));
    for (BadRecords.Sample sample : bad.samples()) {
      assertThat(casesReferredBy(sample.record().key())).as(sample.name()).isZero();
    }
  }

  static final String ASSIGN = "{\"mediator\":\"M_YIMEI_02\"}";

  /** To another mediator than {@link #ASSIGN}'s, so that it reassigns a case under mediation. */
  static final String REASSIGN = "{\"mediator\":\"M_YIMEI_01\"}";

  static final String DECLINE = "{\"reason\":\"BEFORE_COURT\"}";
  static final String WITHDRAWN = "{\"outcome\":\"WITHDRAWN\"}";
  static final String FOLLOW_UP = "{\"performance\":\"FULFILLED\"}";
  static final String REOPEN = "{\"reason\":\"当事人要求再调\"}";

  private static String session() {
    return "{\"date\":\""
        + LocalDate.now(CITY)
        + "\",\"participants\":[\"张三\",\"李四\"],\"notes\":\"首次调解\"}";
  }

  private static ProducerRecord<String, byte[]> referral(String ticketId) {
    TicketReferral referral =
        new TicketReferral(
            TicketReferral.TYPE,
            UUID.randomUUID().toString(),
            ticketId,
            "12345-20261127-000001",
            Instant.now(),
            "agent",
            "TIELI",
            "COMPLAINT",
            "NEIGHBOUR_DISPUTE",
            new TicketReferral.Contact("市民王五", "13922220001", false),
            "楼上装修噪音扰民，协商未果",
            "转人民调解");
    return KafkaCloudEvents.toRecord(
        Topics.REFERRALS,
        new CloudEvent(
            referral.eventId(),
            "/hotline-service",
            TicketReferral.TYPE,
            ticketId,
            referral.referredAt(),
            EventJson.write(referral)));
  }

  private long casesReferredBy(String ticketId) throws Exception {
    JsonNode page = api().get("/api/cases?ticket=" + ticketId, "mediator");
    return page.get("items").size();
  }

  private String registered() throws Exception {
    return api().created("mediator", CASE);
  }

  private static String declinedAtIntake() {
    return CASE.replace("\"summary\"", "\"decline\":{\"reason\":\"BEFORE_COURT\"},\"summary\"");
  }

  private String mediating() throws Exception {
    return api().acted(registered(), "assign", "lead", ASSIGN);
  }

  private String afterASession() throws Exception {
    return api().acted(mediating(), "sessions", "mediator2", session());
  }

  private String closedWithAnAgreement() throws Exception {
    return api()
        .acted(
            afterASession(),
            "close",
            "mediator2",
            "{\"outcome\":\"SUCCESS\",\"agreementType\":\"WRITTEN\",\"amount\":8600}");
  }

  private String closedFailed() throws Exception {
    return api()
        .acted(
            afterASession(),
            "close",
            "mediator2",
            "{\"outcome\":\"FAILED\",\"advice\":\"LITIGATION\"}");
  }

  private WriteApiFuzz fuzz() {
    return new WriteApiFuzz(
        mvc,
        "/api/cases",
        new OutboxedDocuments(mongo, "cases", "mediationCase", Topics.CASE_EVENTS),
        kafka.getBootstrapServers());
  }

  private ApiCalls api() {
    return new ApiCalls(mvc, "/api/cases");
  }
}
