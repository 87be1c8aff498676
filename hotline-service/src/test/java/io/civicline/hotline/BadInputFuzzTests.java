package io.civicline.hotline;

import static io.civicline.kit.testing.BadBodies.Field.optional;
import static io.civicline.kit.testing.BadBodies.Field.required;
import static io.civicline.kit.testing.WriteApiFuzz.NOTE;
import static io.civicline.kit.testing.WriteApiFuzz.VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.MediationCaseEvent;
import io.civicline.events.MediationCaseEventType;
import io.civicline.events.MediationCaseSnapshot;
import io.civicline.events.Topics;
import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.BadBodies.Field;
import io.civicline.kit.testing.BadBodies.Kind;
import io.civicline.kit.testing.BadInputFuzz.Subjects;
import io.civicline.kit.testing.BadInputFuzz.Transition;
import io.civicline.kit.testing.BadRecords;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.OutboxedDocuments;
import io.civicline.kit.testing.WriteApiFuzz;
import java.time.Duration;
import java.time.Instant;
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
 * The bad-input suite of the ticket API: a bounded, seeded fuzz of every write endpoint and every
 * transition a ticket's status forbids. Never a 5xx, every 4xx a problem that changed nothing, a
 * 2xx only for input the API may take, and every accepted change published.
 */
@CaseServiceTest(database = "hotline", partitions = 3)
@AutoConfigureMockMvc
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = "civicline.hotline.sla.watch-interval=1h")
class BadInputFuzzTests {

  static final String TICKET =
      """
      {"channel":"PHONE","category":"COMPLAINT","topic":"HEATING","district":"YIMEI",
       "urgency":"NORMAL","caller":{"name":"李四","phone":"13900000000"},"description":"暖气不热"}
      """;

  static final List<Field> NOTE_ONLY = List.of(NOTE, VERSION);

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired KafkaConnectionDetails kafka;

  @Test
  void noBadInputToAWriteEndpointGetsA5xxOrChangesATicket() throws Exception {
    String original = received();
    fuzz()
        .intake(
            "receive",
            "agent",
            TICKET,
            List.of(
                required("channel", Kind.CODE),
                required("category", Kind.CODE),
                optional("topic", Kind.CODE),
                required("district", Kind.CODE),
                optional("urgency", Kind.ENUM),
                optional("caller", Kind.OBJECT),
                required("description", Kind.TEXT),
                optional("answer", Kind.TEXT)))
        .action(
            "dispatch",
            "agent",
            "{\"department\":\"HEATING_CO\",\"note\":\"交办\"}",
            List.of(
                required("department", Kind.CODE),
                optional("deadline", Kind.INSTANT),
                NOTE,
                VERSION),
            this::received)
        .action("sign", "heating", "{\"note\":\"签收\"}", NOTE_ONLY, this::dispatched)
        .action("return", "heating", "{\"reason\":\"不归我们管\"}", reason(), this::dispatched)
        .action(
            "extend",
            "heating",
            "{\"deadline\":\"" + Instant.now().plus(Duration.ofDays(20)) + "\",\"reason\":\"备料\"}",
            List.of(required("deadline", Kind.INSTANT), required("reason", Kind.TEXT), VERSION),
            this::signed)
        .action(
            "extend/decision",
            "agent",
            "{\"decision\":\"GRANT\",\"note\":\"同意\"}",
            List.of(required("decision", Kind.ENUM), NOTE, VERSION),
            this::extensionRequested)
        .action(
            "reply",
            "heating",
            "{\"result\":\"RESOLVED\",\"note\":\"已修复\",\"publicReply\":\"管道已修复\"}",
            List.of(
                required("result", Kind.ENUM),
                required("note", Kind.TEXT),
                optional("publicReply", Kind.TEXT),
                VERSION),
            this::signed)
        .action(
            "callback",
            "agent",
            "{\"rating\":\"SATISFIED\",\"solved\":true,\"note\":\"满意\"}",
            List.of(required("rating", Kind.ENUM), optional("solved", Kind.FLAG), NOTE, VERSION),
            this::replied)
        .action("reopen", "agent", "{\"reason\":\"没修好\"}", reason(), this::unsatisfied)
        .action("close", "agent", "{\"note\":\"归档\"}", NOTE_ONLY, this::satisfied)
        .action("refer", "agent", "{\"note\":\"邻里纠纷\"}", NOTE_ONLY, this::received)
        .action(
            "duplicate-of",
            "agent",
            "{\"original\":\"" + original + "\",\"note\":\"重复\"}",
            List.of(required("original", Kind.CODE), NOTE, VERSION),
            this::received)
        .action("supervise", "agent", "{\"note\":\"督办\"}", NOTE_ONLY, this::received)
        .action("urge", "agent", "{\"note\":\"催办\"}", NOTE_ONLY, this::dispatched)
        .assertEveryEndpointTakesOnlyGoodInput("hotline");
  }

  @Test
  void everyTransitionAStatusForbidsIsRefusedAndChangesNothing() throws Exception {
    String original = received();
    Map<String, Subjects> states = new LinkedHashMap<>();
    states.put("RECEIVED", this::received);
    states.put("RESOLVED_ON_FIRST_CONTACT", this::resolvedOnFirstContact);
    states.put("DISPATCHED", this::dispatched);
    states.put("SIGNED", this::signed);
    states.put("SIGNED with an extension requested", this::extensionRequested);
    states.put("REPLIED", this::replied);
    states.put("CALLED_BACK satisfied", this::satisfied);
    states.put("CALLED_BACK unsatisfied", this::unsatisfied);
    states.put("REFERRED", () -> api().acted(received(), "refer", "agent", "{}"));
    states.put(
        "DUPLICATE",
        () ->
            api()
                .acted(received(), "duplicate-of", "agent", "{\"original\":\"" + original + "\"}"));
    states.put("CLOSED", () -> api().acted(satisfied(), "close", "agent", "{}"));
    WriteApiFuzz fuzz = fuzz();
    List<Transition> transitions =
        List.of(
            fuzz.transition(
                "dispatch", Set.of("DISPATCH"), "agent", "{\"department\":\"HEATING_CO\"}"),
            fuzz.transition("sign", Set.of("SIGN"), "heating", "{}"),
            fuzz.transition("return", Set.of("RETURN"), "heating", "{\"reason\":\"不归我们管\"}"),
            fuzz.transition(
                "extend",
                Set.of("REQUEST_EXTENSION"),
                "heating",
                "{\"deadline\":\""
                    + Instant.now().plus(Duration.ofDays(20))
                    + "\",\"reason\":\"备料\"}"),
            fuzz.transition(
                "extend/decision", Set.of("GRANT_EXTENSION"), "agent", "{\"decision\":\"GRANT\"}"),
            fuzz.transition(
                "reply", Set.of("REPLY"), "heating", "{\"result\":\"RESOLVED\",\"note\":\"已修复\"}"),
            fuzz.transition("callback", Set.of("CALLBACK"), "agent", "{\"rating\":\"SATISFIED\"}"),
            fuzz.transition("reopen", Set.of("REOPEN"), "agent", "{\"reason\":\"没修好\"}"),
            fuzz.transition("close", Set.of("CLOSE"), "agent", "{}"),
            fuzz.transition("refer", Set.of("REFER"), "agent", "{}"),
            fuzz.transition(
                "duplicate-of",
                Set.of("MARK_DUPLICATE"),
                "agent",
                "{\"original\":\"" + original + "\"}"),
            fuzz.transition("supervise", Set.of("SUPERVISE"), "agent", "{}"),
            fuzz.transition("urge", Set.of("URGE"), "agent", "{}"));

    fuzz.assertForbiddenTransitionsRefused(states, transitions, api()::allowedActions, 6);
  }

  @Test
  void unreadableCaseEventsEndInTheDeadLetterTopicWhileGoodOnesAreStillRecorded() throws Exception {
    String ticket = api().acted(received(), "refer", "agent", "{}");
    BadRecords bad =
        new BadRecords(Topics.CASE_EVENTS, key -> caseClosed(key, "no-such-ticket", "SUCCESS"))
            .keyMustBeTheId()
            .requiredFields("type", "eventId", "caseId", "caseVersion", "occurredAt", "snapshot")
            .violating("caseVersion not a number", data -> data.put("caseVersion", "abc"))
            .violating("occurredAt not a time", data -> data.put("occurredAt", "yesterday"))
            .violating("outcome not in the contract", data -> snapshot(data, "outcome", "MAYBE"))
            .violating("closedAt not a time", data -> snapshot(data, "closedAt", "garbage"))
            .violating(
                "referralTicketId {$gt:''}",
                data -> {
                  ((ObjectNode) data.get("snapshot"))
                      .set(
                          "referralTicketId",
                          JsonMapper.shared().createObjectNode().put("$gt", ""));
                  return data;
                });

    List<String> missing =
        bad.sendAndAwaitDeadLetters(
            kafka.getBootstrapServers(),
            List.of(BadRecords.behindThem(caseClosed("case-" + ticket, ticket, "FAILED"))));

    assertThat(missing).isEmpty();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode view = api().get("/api/tickets/" + ticket, "agent");
              assertThat(view.get("status").asString()).isEqualTo("REPLIED");
              assertThat(view.get("reply").get("mediationOutcome").asString()).isEqualTo("FAILED");
            });
  }

  private static ProducerRecord<String, byte[]> caseClosed(
      String caseId, String ticketId, String outcome) {
    MediationCaseSnapshot snapshot =
        new MediationCaseSnapshot(
            "M-1",
            "CLOSED",
            "NEIGHBOUR",
            "TIELI",
            "HOTLINE",
            "PEOPLES_MEDIATION_COMMITTEE",
            false,
            ticketId,
            Instant.now(),
            null,
            false,
            Instant.now(),
            outcome);
    MediationCaseEvent event =
        new MediationCaseEvent(
            MediationCaseEventType.CLOSED.cloudEventType(),
            UUID.randomUUID().toString(),
            caseId,
            5,
            Instant.now(),
            snapshot);
    return KafkaCloudEvents.toRecord(
        Topics.CASE_EVENTS,
        new CloudEvent(
            event.eventId(),
            "/mediation-service",
            event.type(),
            caseId,
            event.occurredAt(),
            EventJson.write(event)));
  }

  private static ObjectNode snapshot(ObjectNode data, String field, String value) {
    ((ObjectNode) data.get("snapshot")).put(field, value);
    return data;
  }

  private static List<Field> reason() {
    return List.of(required("reason", Kind.TEXT), VERSION);
  }

  private String received() throws Exception {
    return api().created("agent", TICKET);
  }

  private String resolvedOnFirstContact() throws Exception {
    return api()
        .created("agent", TICKET.replace("\"description\"", "\"answer\":\"已解答\",\"description\""));
  }

  private String dispatched() throws Exception {
    return api().acted(received(), "dispatch", "agent", "{\"department\":\"HEATING_CO\"}");
  }

  private String signed() throws Exception {
    return api().acted(dispatched(), "sign", "heating", "{}");
  }

  private String extensionRequested() throws Exception {
    String deadline = Instant.now().plus(Duration.ofDays(20)).toString();
    return api()
        .acted(
            signed(), "extend", "heating", "{\"deadline\":\"" + deadline + "\",\"reason\":\"备料\"}");
  }

  private String replied() throws Exception {
    return api().acted(signed(), "reply", "heating", "{\"result\":\"RESOLVED\",\"note\":\"已修复\"}");
  }

  private String satisfied() throws Exception {
    return api().acted(replied(), "callback", "agent", "{\"rating\":\"SATISFIED\"}");
  }

  private String unsatisfied() throws Exception {
    return api().acted(replied(), "callback", "agent", "{\"rating\":\"UNSATISFIED\"}");
  }

  private WriteApiFuzz fuzz() {
    return new WriteApiFuzz(
        mvc,
        "/api/tickets",
        new OutboxedDocuments(mongo, "tickets", "ticket", Topics.TICKET_EVENTS),
        kafka.getBootstrapServers());
  }

  private ApiCalls api() {
    return new ApiCalls(mvc, "/api/tickets");
  }
}
