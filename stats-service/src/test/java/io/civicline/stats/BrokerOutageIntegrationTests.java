package io.civicline.stats;

import static io.civicline.stats.TicketEvents.cloudEvent;
import static io.civicline.stats.TicketEvents.received;
import static org.awaitility.Awaitility.await;

import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.Topics;
import io.civicline.kit.testing.TcpForwarder;
import io.civicline.stats.streams.StatsTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The service starts with no broker, answers 503 for figures meanwhile, and catches up once one is
 * there.
 */
class BrokerOutageIntegrationTests {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Test
  void theServiceStartsWithoutABrokerAndCatchesUpWhenOneComesUp(@TempDir Path stateDir)
      throws Exception {
    int kafkaPort = TcpForwarder.freePort();
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(StatsApplication.class)
            .run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + kafkaPort,
                "--spring.kafka.streams.state-dir=" + stateDir,
                "--civicline.security.users.admin.password={noop}admin",
                "--spring.profiles.active=dev",
                "--civicline.security.users.admin.roles=ADMIN")) {
      RestTestClient http =
          RestTestClient.bindToServer()
              .baseUrl("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"))
              .defaultHeaders(headers -> headers.setBasicAuth("admin", "admin"))
              .build();

      http.get()
          .uri("/api/stats/hotline?period=2026")
          .exchange()
          .expectStatus()
          .isEqualTo(503)
          .expectHeader()
          .exists("Retry-After");
      http.get()
          .uri("/actuator/health")
          .exchange()
          .expectBody()
          .jsonPath("$.components.kafkaStreams.details.state")
          .isEqualTo("REBALANCING");

      EmbeddedKafkaBroker broker =
          new EmbeddedKafkaKraftBroker(
                  1,
                  Topics.PARTITIONS,
                  StatsTopology.TICKET_EVENTS,
                  StatsTopology.TICKET_EVENTS_DLQ,
                  StatsTopology.CASE_EVENTS,
                  StatsTopology.CASE_EVENTS_DLQ)
              // what @EmbeddedKafka sets for a one-broker cluster; without it EOS never initialises
              .brokerProperties(
                  Map.of(
                      "transaction.state.log.replication.factor", "1",
                      "transaction.state.log.min.isr", "1"));
      broker.afterPropertiesSet();
      // The broker listens on a port of its own choosing: relay the service's bootstrap port to it.
      TcpForwarder relay = new TcpForwarder(kafkaPort, broker.getBrokersAsString());
      try (Producer<String, byte[]> producer =
          new KafkaProducer<>(
              KafkaTestUtils.producerProps(broker),
              new StringSerializer(),
              new ByteArraySerializer())) {
        producer
            .send(
                KafkaCloudEvents.toRecord(
                    StatsTopology.TICKET_EVENTS,
                    cloudEvent(
                        received("late-1", "NANCHA", Instant.parse("2026-08-08T02:00:00Z")))))
            .get();

        await()
            .atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(250))
            .untilAsserted(
                () ->
                    http.get()
                        .uri("/api/stats/hotline?period=2026-08-08&district=NANCHA")
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .jsonPath("$.figures.received")
                        .isEqualTo(1));
      } finally {
        relay.close();
        broker.destroy();
      }
    }
  }
}
