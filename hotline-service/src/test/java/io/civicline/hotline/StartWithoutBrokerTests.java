package io.civicline.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.events.EventJson;
import io.civicline.events.TopicRecords;
import io.civicline.events.Topics;
import io.civicline.kit.testing.InProcessMongo;
import io.civicline.kit.testing.TcpForwarder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The broker is down when the service starts: it starts anyway, reports Kafka DOWN, keeps accepting
 * tickets (their events wait in the outbox), and catches up once the broker is there: its failed
 * publishes make the relay sweep again soon, long before the periodic sweep (10 min by default).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = "civicline.outbox.retry-interval=500ms")
@DirtiesContext
class StartWithoutBrokerTests {

  static final InProcessMongo MONGO = new InProcessMongo();
  static final int KAFKA_PORT = TcpForwarder.freePort();

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.mongodb.uri", () -> MONGO.uri("hotline"));
    registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + KAFKA_PORT);
  }

  @AfterAll
  static void stopMongo() {
    MONGO.stop();
  }

  @Test
  void theServiceRunsWithoutTheBrokerAndPublishesWhenItComesBack() throws Exception {
    mvc.perform(get("/actuator/health").with(httpBasic("admin", "admin")))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.components.kafka.status").value("DOWN"))
        .andExpect(jsonPath("$.components.mongo.status").value("UP"));

    String response =
        mvc.perform(
                post("/api/tickets")
                    .with(httpBasic("agent", "agent"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(TicketSliceContract.TICKET))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String id = EventJson.mapper().readTree(response).get("id").asString();
    assertThat(outboxSize(id)).isEqualTo(1);

    // The broker comes back, with its topics, at the address the service was given.
    EmbeddedKafkaKraftBroker broker =
        new EmbeddedKafkaKraftBroker(1, Topics.PARTITIONS, Topics.TICKET_EVENTS);
    broker.afterPropertiesSet();
    TcpForwarder route = new TcpForwarder(KAFKA_PORT, broker.getBrokersAsString().split(",")[0]);
    try {
      await().atMost(Duration.ofSeconds(60)).until(() -> outboxSize(id) == 0);
      assertThat(
              TopicRecords.withKey(List.of(broker.getBrokersAsString()), Topics.TICKET_EVENTS, id))
          .hasSize(1);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  mvc.perform(get("/actuator/health").with(httpBasic("admin", "admin")))
                      .andExpect(status().isOk())
                      .andExpect(jsonPath("$.components.kafka.status").value("UP")));
    } finally {
      route.close();
      broker.destroy();
    }
  }

  private int outboxSize(String id) {
    Document ticket = mongo.findById(id, Document.class, "tickets");
    List<?> outbox = ticket.get("outbox", List.class);
    return outbox == null ? 0 : outbox.size();
  }
}
