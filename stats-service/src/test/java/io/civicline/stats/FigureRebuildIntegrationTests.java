package io.civicline.stats;

import static io.civicline.stats.TicketEvents.cloudEvent;
import static io.civicline.stats.TicketEvents.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.Topics;
import io.civicline.stats.streams.StatsTopology;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * The rebuild command replays both topics into a new application id and ends with figures equal to
 * those of the running service, reporting its speed.
 */
class FigureRebuildIntegrationTests {

  private static final List<String> DISTRICTS = List.of("YIMEI", "WUCUI", "JINLIN", "TIELI");

  @Test
  void aRebuildEndsWithTheLiveFiguresAndSaysHowFastItWas(@TempDir Path stateDir) throws Exception {
    EmbeddedKafkaBroker broker =
        new EmbeddedKafkaKraftBroker(
                1,
                Topics.PARTITIONS,
                StatsTopology.TICKET_EVENTS,
                StatsTopology.TICKET_EVENTS_DLQ,
                StatsTopology.CASE_EVENTS,
                StatsTopology.CASE_EVENTS_DLQ)
            .brokerProperties(
                Map.of(
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1"));
    broker.afterPropertiesSet();
    try (Producer<String, byte[]> producer =
            new KafkaProducer<>(
                KafkaTestUtils.producerProps(broker),
                new StringSerializer(),
                new ByteArraySerializer());
        ConfigurableApplicationContext live =
            new SpringApplicationBuilder(StatsApplication.class)
                .run(
                    "--server.port=0",
                    "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                    "--spring.kafka.streams.state-dir=" + stateDir.resolve("live"),
                    "--civicline.security.users.admin.password={noop}admin",
                    "--spring.profiles.active=dev",
                    "--civicline.security.users.admin.roles=ADMIN")) {
      int tickets = 200;
      for (int i = 0; i < tickets; i++) {
        Instant at = Instant.parse("2026-05-01T02:00:00Z").plus(Duration.ofHours(7L * i));
        producer.send(
            KafkaCloudEvents.toRecord(
                StatsTopology.TICKET_EVENTS,
                cloudEvent(received("rebuild-" + i, DISTRICTS.get(i % DISTRICTS.size()), at))));
      }
      producer.flush();
      RestTestClient http =
          RestTestClient.bindToServer()
              .baseUrl("http://127.0.0.1:" + live.getEnvironment().getProperty("local.server.port"))
              .defaultHeaders(headers -> headers.setBasicAuth("admin", "admin"))
              .build();
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(250))
          .untilAsserted(
              () ->
                  http.get()
                      .uri("/api/stats/hotline?period=2026")
                      .exchange()
                      .expectStatus()
                      .isOk()
                      .expectBody()
                      .jsonPath("$.figures.received")
                      .isEqualTo(tickets));

      ByteArrayOutputStream report = new ByteArrayOutputStream();
      int exitCode =
          StatsApplication.rebuild(
              new PrintStream(report, true, StandardCharsets.UTF_8),
              "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
              "--spring.kafka.streams.state-dir=" + stateDir.resolve("rebuild"),
              "--civicline.stats.rebuild.application-id=stats-rebuild-test");

      String printed = report.toString(StandardCharsets.UTF_8);
      assertThat(exitCode).as(printed).isZero();
      assertThat(printed)
          .contains("raw consumer:  " + tickets + " events")
          .contains("rebuild:       " + tickets + " events")
          .containsPattern("figures: +[0-9,]+ counters, identical to the live ones")
          .contains("--spring.kafka.streams.application-id=stats-rebuild-test");
    } finally {
      broker.destroy();
    }
  }
}
