package io.civicline.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.events.EventJson;
import io.civicline.events.EventSchemas;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TopicRecords;
import io.civicline.events.Topics;
import io.civicline.kit.outbox.OutboxEvent;
import io.civicline.kit.outbox.OutboxRelay;
import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.ServiceHealth;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The foundation slice of hotline-service, run once on the embedded broker and MongoDB-wire server
 * and once on Testcontainers where Docker exists. The relay only publishes when a test sweeps, so
 * each test can look at the outbox before and after.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = {
      "civicline.outbox.publish-immediately=false",
      "civicline.outbox.sweep-interval=1h"
    })
abstract class TicketSliceContract {

  static final String TICKET =
      """
      {"channel":"PHONE","category":"COMPLAINT","district":"YIMEI","urgency":"URGENT",
       "caller":{"name":"张三","phone":"13800000000"},"description":"路灯不亮"}
      """;

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired OutboxRelay relay;
  @Autowired KafkaConnectionDetails kafka;

  @Test
  void aReceivedTicketIsPublishedAsACloudEventWithoutPersonalData() throws Exception {
    String id = receive(TICKET);
    assertThat(outboxOf(id)).hasSize(1);

    relay.sweep();

    List<ConsumerRecord<String, byte[]>> records = published(id);
    assertThat(records).hasSize(1);
    ConsumerRecord<String, byte[]> record = records.get(0);
    String type = TicketEventType.RECEIVED.cloudEventType();
    assertThat(KafkaCloudEvents.header(record.headers(), KafkaCloudEvents.TYPE)).contains(type);
    assertThat(KafkaCloudEvents.header(record.headers(), KafkaCloudEvents.SUBJECT)).contains(id);
    assertThat(KafkaCloudEvents.header(record.headers(), KafkaCloudEvents.SPEC_VERSION))
        .contains("1.0");
    assertThat(EventSchemas.violations(type, record.value())).isEmpty();
    String data = new String(record.value(), StandardCharsets.UTF_8);
    assertThat(data).doesNotContain("13800000000", "张三", "路灯不亮");
    TicketEvent event = EventJson.readTicketEvent(record.value());
    assertThat(event.caseVersion()).isEqualTo(1);
    assertThat(event.snapshot().district()).isEqualTo("YIMEI");
    assertThat(outboxOf(id)).isEmpty();
  }

  @Test
  void anEventSentButNotRemovedBeforeACrashIsPublishedAgainAndThenRemoved() throws Exception {
    String id = receive(TICKET);
    OutboxEvent pending = outboxOf(id).get(0);
    // The relay's send happened, then the process died before removing the event.
    sendAsTheRelayWould(pending);
    assertThat(outboxOf(id)).hasSize(1);

    relay.sweep();

    List<ConsumerRecord<String, byte[]>> records = published(id);
    assertThat(records).hasSize(2);
    assertThat(records)
        .extracting(r -> EventJson.readTicketEvent(r.value()).eventId())
        .containsOnly(pending.eventId());
    assertThat(records)
        .extracting(r -> EventJson.readTicketEvent(r.value()).caseVersion())
        .containsOnly(1L);
    assertThat(outboxOf(id)).isEmpty();
  }

  @Test
  void theAgentSeesTheCallerAndAnAdminSeesItMasked() throws Exception {
    String id = receive(TICKET);

    mvc.perform(get("/api/tickets/" + id).with(httpBasic("agent", "agent")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caller.phone").value("13800000000"))
        .andExpect(
            jsonPath("$.number")
                .value(org.hamcrest.Matchers.matchesPattern("12345-\\d{8}-\\d{6}")));
    mvc.perform(get("/api/tickets/" + id).with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caller.phone").value("138****0000"))
        .andExpect(jsonPath("$.caller.name").value("张*"));
  }

  @Test
  void withoutCredentialsTheApiAnswers401AsAProblem() throws Exception {
    mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON).content(TICKET))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().exists("WWW-Authenticate"));
  }

  @Test
  void aManagerMayNotLogTicketsAndGets403AsAProblem() throws Exception {
    long before = mongo.getCollection("tickets").countDocuments();
    mvc.perform(
            post("/api/tickets")
                .with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(TICKET))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(403));
    assertThat(mongo.getCollection("tickets").countDocuments()).isEqualTo(before);
  }

  @Test
  void everyBadFieldIsNamedInA400ProblemAndNothingIsStored() throws Exception {
    long before = mongo.getCollection("tickets").countDocuments();
    mvc.perform(
            post("/api/tickets")
                .with(httpBasic("agent", "agent"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"channel":"PHONE","category":"COMPLAINT","district":"ATLANTIS",
                     "caller":{"phone":"12345"},"description":" "}
                    """))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.hasItems("caller.phone", "description")));
    mvc.perform(
            post("/api/tickets")
                .with(httpBasic("agent", "agent"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(TICKET.replace("YIMEI", "ATLANTIS")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("district"));
    mvc.perform(
            post("/api/tickets")
                .with(httpBasic("agent", "agent"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(TICKET.replace("\"URGENT\"", "{\"$gt\":\"\"}")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("urgency"));
    mvc.perform(
            post("/api/tickets")
                .with(httpBasic("agent", "agent"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{not json"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(mongo.getCollection("tickets").countDocuments()).isEqualTo(before);
  }

  @Test
  void anUnknownTicketIs404AsAProblem() throws Exception {
    new ApiCalls(mvc, "/api/tickets").problem("/api/tickets/nope", "agent", 404);
  }

  @Test
  void healthReportsMongoAndKafkaUp() throws Exception {
    ServiceHealth.assertUp(mvc, "kafka", "mongo");
  }

  String receive(String body) throws Exception {
    String response =
        mvc.perform(
                post("/api/tickets")
                    .with(httpBasic("agent", "agent"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andExpect(header().exists("Location"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    JsonNode json = EventJson.mapper().readTree(response);
    return json.get("id").asString();
  }

  List<OutboxEvent> outboxOf(String id) {
    Document document = mongo.findById(id, Document.class, "tickets");
    assertThat(document).isNotNull();
    return mongo.getConverter().read(OutboxHolder.class, document).outbox();
  }

  List<ConsumerRecord<String, byte[]>> published(String id) {
    return await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () -> TopicRecords.withKey(kafka.getBootstrapServers(), Topics.TICKET_EVENTS, id),
            r -> !r.isEmpty());
  }

  void sendAsTheRelayWould(OutboxEvent event) throws Exception {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            String.join(",", kafka.getBootstrapServers()),
            ProducerConfig.ACKS_CONFIG,
            "all");
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(KafkaCloudEvents.toRecord(event.topic(), event.toCloudEvent())).get();
    }
  }

  record OutboxHolder(List<OutboxEvent> outbox) {

    OutboxHolder {
      outbox = outbox == null ? List.of() : outbox;
    }
  }
}
