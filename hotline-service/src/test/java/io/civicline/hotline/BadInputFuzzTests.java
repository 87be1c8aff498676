package io.civicline.hotline;

import static io.civicline.kit.testing.BadBodies.Field.optional;
import static io.civicline.kit.testing.BadBodies.Field.required;
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
import io.civicline.kit.testing.BadInputFuzz;
import io.civicline.kit.testing.BadInputFuzz.Endpoint;
import io.civicline.kit.testing.BadInputFuzz.Subjects;
import io.civicline.kit.testing.BadInputFuzz.Transition;
import io.civicline.kit.testing.BadRecords;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.OutboxedDocuments;
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

  static final long SEED = 12345L;
  static final int RANDOM_PAIRS = 4;

  static final String TICKET =
      """
      {"channel":"PHONE","category":"COMPLAINT","topic":"HEATING","district":"YIMEI",
       "urgency":"NORMAL","caller":{"name":"李四","phone":"13900000000"},"description":"暖气不热"}
      """;

  static final Field VERSION = optional("version", Kind.NUMBER);
  static final Field NOTE = optional("note", Kind.TEXT);
  static final List<Field> NOTE_ONLY = List.of(NOTE, VERSION);

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired KafkaConnectionDetails kafka;

  @Test
  void noBadInputToAWriteEndpointGetsA5xxOrChangesATicket() throws Exception {
    long start = System.nanoTime();
    BadInputFuzz fuzz = new BadInputFuzz(mvc, this::stored, SEED, RANDOM_PAIRS);
    String original = received();
    Map<Endpoint, Subjects> endpoints = new LinkedHashMap<>();
    endpoints.put(
        new Endpoint(
            "receive",
            "/api/tickets",
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
                optional("answer", Kind.TEXT)),
            false),
        () -> NO_TICKET);
    endpoints.put(
        action(
            "dispatch",
            "agent",
            "{\"department\":\"HEATING_CO\",\"note\":\"交办\"}",
            List.of(
                required("department", Kind.CODE),
                optional("deadline", Kind.INSTANT),
                NOTE,
                VERSION)),
        this::received);
    endpoints.put(action("sign", "heating", "{\"note\":\"签收\"}", NOTE_ONLY), this::dispatched);
    endpoints.put(
        action("return", "heating", "{\"reason\":\"不归我们管\"}", reason()), this::dispatched);
    endpoints.put(
        action(
            "extend",
            "heating",
            "{\"deadline\":\"" + Instant.now().plus(Duration.ofDays(20)) + "\",\"reason\":\"备料\"}",
            List.of(required("deadline", Kind.INSTANT), required("reason", Kind.TEXT), VERSION)),
        this::signed);
    endpoints.put(
        action(
            "extend/decision",
            "agent",
            "{\"decision\":\"GRANT\",\"note\":\"同意\"}",
            List.of(required("decision", Kind.ENUM), NOTE, VERSION)),
        this::extensionRequested);
    endpoints.put(
        action(
            "reply",
            "heating",
            "{\"result\":\"RESOLVED\",\"note\":\"已修复\"}",
            List.of(required("result", Kind.ENUM), required("note", Kind.TEXT), VERSION)),
        this::signed);
    endpoints.put(
        action(
            "callback",
            "agent",
            "{\"rating\":\"SATISFIED\",\"solved\":true,\"note\":\"满意\"}",
            List.of(required("rating", Kind.ENUM), optional("solved", Kind.FLAG), NOTE, VERSION)),
        this::replied);
    endpoints.put(action("reopen", "agent", "{\"reason\":\"没修好\"}", reason()), this::unsatisfied);
    endpoints.put(action("close", "agent", "{\"note\":\"归档\"}", NOTE_ONLY), this::satisfied);
    endpoints.put(action("refer", "agent", "{\"note\":\"邻里纠纷\"}", NOTE_ONLY), this::received);
    endpoints.put(
        action(
            "duplicate-of",
            "agent",
            "{\"original\":\"" + original + "\",\"note\":\"重复\"}",
            List.of(required("original", Kind.CODE), NOTE, VERSION)),
        this::received);
    endpoints.put(action("supervise", "agent", "{\"note\":\"督办\"}", NOTE_ONLY), this::received);
    endpoints.put(action("urge", "agent", "{\"note\":\"催办\"}", NOTE_ONLY), this::dispatched);

    for (Map.Entry<Endpoint, Subjects> endpoint : endpoints.entrySet()) {
      fuzz.fuzz(endpoint.getKey(), endpoint.getValue());
    }

    System.out.printf(
        "hotline bad-input fuzz: %d requests to %d endpoints (seed %d) in %d ms%n",
        fuzz.sent(),
        endpoints.size(),
        SEED,
        Duration.ofNanos(System.nanoTime() - start).toMillis());
    assertThat(fuzz.failures()).isEmpty();
    documents().assertAllPublished(kafka.getBootstrapServers());
  }

  @Test
  void everyTransitionAStatusForbidsIsRefusedAndChangesNothing() throws Exception {
    BadInputFuzz fuzz = new BadInputFuzz(mvc, this::stored, SEED, 0);
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
    List<Transition> transitions =
        List.of(
            transition("dispatch", "DISPATCH", "agent", "{\"department\":\"HEATING_CO\"}"),
            transition("sign", "SIGN", "heating", "{}"),
            transition("return", "RETURN", "heating", "{\"reason\":\"不归我们管\"}"),
            transition(
                "extend",
                "REQUEST_EXTENSION",
                "heating",
                "{\"deadline\":\""
                    + Instant.now().plus(Duration.ofDays(20))
                    + "\",\"reason\":\"备料\"}"),
            transition("extend/decision", "GRANT_EXTENSION", "agent", "{\"decision\":\"GRANT\"}"),
            transition("reply", "REPLY", "heating", "{\"result\":\"RESOLVED\",\"note\":\"已修复\"}"),
            transition("callback", "CALLBACK", "agent", "{\"rating\":\"SATISFIED\"}"),
            transition("reopen", "REOPEN", "agent", "{\"reason\":\"没修好\"}"),
            transition("close", "CLOSE", "agent", "{}"),
            transition("refer", "REFER", "agent", "{}"),
            transition(
                "duplicate-of", "MARK_DUPLICATE", "agent", "{\"original\":\"" + original + "\"}"),
            transition("supervise", "SUPERVISE", "agent", "{}"),
            transition("urge", "URGE", "agent", "{}"));

    int refused = fuzz.transitions(states, transitions, api()::allowedActions);

    assertThat(fuzz.failures()).isEmpty();
    assertThat(refused).isGreaterThan(states.size() * 6);
    documents().assertAllPublished(kafka.getBootstrapServers());
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

  private static Transition transition(String path, String action, String user, String body) {
    return new Transition("/api/tickets/{id}/" + path, Set.of(action), user, body);
  }

  /** The subject of the intake endpoint: a ticket count, as no ticket exists before it. */
  static final String NO_TICKET = "(new ticket)";

  private static Endpoint action(String path, String user, String body, List<Field> fields) {
    boolean bodyOptional = fields.stream().noneMatch(Field::required);
    return new Endpoint(path, "/api/tickets/{id}/" + path, user, body, fields, bodyOptional);
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

  /**
   * The ticket's document as stored once its outbox is published; for the intake endpoint, the
   * number of tickets.
   */
  private String stored(String id) {
    return NO_TICKET.equals(id) ? documents().count() : documents().stored(id);
  }

  private OutboxedDocuments documents() {
    return new OutboxedDocuments(mongo, "tickets", "ticket", Topics.TICKET_EVENTS);
  }

  private ApiCalls api() {
    return new ApiCalls(mvc, "/api/tickets");
  }
}
