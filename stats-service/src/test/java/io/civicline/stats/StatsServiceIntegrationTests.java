package io.civicline.stats;

import static io.civicline.stats.TicketEvents.cloudEvent;
import static io.civicline.stats.TicketEvents.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.events.CloudEvent;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.MalformedEventException;
import io.civicline.events.Topics;
import io.civicline.stats.streams.DeadLetterHeaders;
import io.civicline.stats.streams.StatsTopology;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The real application on an embedded KRaft broker: events produced to the topic show in the
 * figures served over HTTP. Every test uses its own days and ticket ids, so they share one context.
 */
@StatsServiceTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class StatsServiceIntegrationTests {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired RestTestClient anonymous;
  private RestTestClient http;
  @Autowired EmbeddedKafkaBroker broker;

  @Value("${spring.kafka.streams.application-id}")
  String applicationId;

  private Producer<String, byte[]> producer;

  /** The figures as served, read back. */
  record Figures(
      String period, String granularity, String zone, String district, Map<String, Long> figures) {}

  @BeforeEach
  void openProducer() {
    http =
        anonymous
            .mutate()
            .defaultHeaders(headers -> headers.setBasicAuth("admin", "admin"))
            .build();
    producer =
        new KafkaProducer<>(
            KafkaTestUtils.producerProps(broker),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  @AfterEach
  void closeProducer() {
    producer.close(Duration.ofSeconds(5));
  }

  @Test
  void aTicketEventOnTheTopicShowsInTheFiguresOverHttp() throws Exception {
    send(cloudEvent(received("it-created-1", "YIMEI", Instant.parse("2026-11-26T02:00:00Z"))));

    awaitReceived("2026-11-26", null, 1);
    awaitReceived("2026-11", "YIMEI", 1);
    Figures day = figures("2026-11-26", null);
    assertThat(day.period()).isEqualTo("2026-11-26");
    assertThat(day.granularity()).isEqualTo("DAY");
    assertThat(day.zone()).isEqualTo("Asia/Shanghai");
    assertThat(day.district()).isNull();
    assertThat(day.figures()).containsEntry("received", 1L).containsEntry("dispatched", 0L);
  }

  @Test
  void theSameEventProducedTwiceCountsOnce() throws Exception {
    CloudEvent event =
        cloudEvent(received("it-twice-1", "WUCUI", Instant.parse("2026-10-01T02:00:00Z")));
    send(event);
    awaitReceived("2026-10-01", null, 1);

    send(event); // what an outbox relay does after a crash between sending and removing
    awaitEverythingConsumed();

    assertThat(figures("2026-10-01", null).figures()).containsEntry("received", 1L);
    assertThat(figures("2026-10-01", "WUCUI").figures()).containsEntry("received", 1L);
  }

  @Test
  void aMalformedRecordGoesToTheDeadLetterTopicAndALaterGoodRecordIsCounted() throws Exception {
    CloudEvent good =
        cloudEvent(received("it-good-after-bad", "TIELI", Instant.parse("2026-09-09T02:00:00Z")));
    byte[] badJson = "{\"caseId\":".getBytes(StandardCharsets.UTF_8);
    producer
        .send(
            new ProducerRecord<>(
                StatsTopology.TICKET_EVENTS,
                null,
                "it-bad",
                badJson,
                KafkaCloudEvents.headersOf(good)))
        .get();
    send(good);

    awaitReceived("2026-09-09", "TIELI", 1);
    ConsumerRecord<String, byte[]> dead = deadLetter("it-bad");
    assertThat(dead.value()).isEqualTo(badJson);
    assertThat(KafkaCloudEvents.header(dead.headers(), DeadLetterHeaders.EXCEPTION_FQCN))
        .contains(MalformedEventException.class.getName());
    assertThat(KafkaCloudEvents.header(dead.headers(), DeadLetterHeaders.ORIGINAL_TOPIC))
        .contains(StatsTopology.TICKET_EVENTS);
    assertThat(DeadLetterHeaders.offset(dead.headers())).isPresent();
    assertThat(DeadLetterHeaders.partition(dead.headers())).isPresent();
  }

  @Test
  void aBadPeriodIsABadRequestProblem() {
    http.get()
        .uri("/api/stats/hotline?period={period}", "2026-1")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("period");
  }

  @Test
  void figuresNeedCredentials() {
    anonymous
        .get()
        .uri("/api/stats/hotline?period=2026")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void anAgentMayNotSeeFiguresAndAManagerMay() {
    anonymous
        .get()
        .uri("/api/stats/hotline?period=2026")
        .headers(headers -> headers.setBasicAuth("agent", "agent"))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                anonymous
                    .get()
                    .uri("/api/stats/hotline?period=2026")
                    .headers(headers -> headers.setBasicAuth("manager", "manager"))
                    .exchange()
                    .expectStatus()
                    .isOk());
  }

  @Test
  void theHealthShowsKafkaStreamsUp() {
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                http.get()
                    .uri("/actuator/health")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.components.kafkaStreams.status")
                    .isEqualTo("UP")
                    .jsonPath("$.components.kafkaStreams.details.state")
                    .exists());
  }

  @Test
  void aMediationCaseEventOnItsTopicShowsInTheMediationFiguresOverHttp() throws Exception {
    var registered =
        Snapshots.mediationCase("registeredAt", "2026-08-08T02:00:00Z", "district", "YOUHAO");
    producer
        .send(
            KafkaCloudEvents.toRecord(
                StatsTopology.CASE_EVENTS,
                Snapshots.cloudEvent(Snapshots.caseEvent("it-case-1", 1, registered))))
        .get();

    await()
        .atMost(PATIENCE)
        .ignoreExceptions()
        .untilAsserted(
            () ->
                assertThat(figures("mediation", "2026-08-08", "YOUHAO").figures())
                    .containsEntry("registered", 1L)
                    .containsEntry("mediated", 0L));
  }

  private void send(CloudEvent event) throws Exception {
    producer.send(KafkaCloudEvents.toRecord(StatsTopology.TICKET_EVENTS, event)).get();
  }

  /** The figures as served; 503 until the stream is RUNNING, which the awaiting callers retry. */
  private Figures figures(String period, String district) {
    return figures("hotline", period, district);
  }

  private Figures figures(String family, String period, String district) {
    EntityExchangeResult<Figures> result =
        http.get()
            .uri(
                "/api/stats/{family}?period={period}&district={district}",
                family,
                period,
                district == null ? "" : district)
            .exchange()
            .returnResult(Figures.class);
    assertThat(result.getStatus().value()).as("status").isEqualTo(200);
    return result.getResponseBody();
  }

  private void awaitReceived(String period, String district, long expected) {
    await()
        .atMost(PATIENCE)
        .ignoreExceptions()
        .untilAsserted(
            () ->
                assertThat(figures(period, district).figures())
                    .containsEntry("received", expected));
  }

  /** Waits until the stream has committed every record now on the input topic. */
  private void awaitEverythingConsumed() throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
      Map<TopicPartition, OffsetSpec> latest =
          IntStream.range(0, Topics.PARTITIONS)
              .mapToObj(p -> new TopicPartition(StatsTopology.TICKET_EVENTS, p))
              .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
      Map<TopicPartition, Long> ends =
          admin.listOffsets(latest).all().get().entrySet().stream()
              .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                    admin
                        .listConsumerGroupOffsets(applicationId)
                        .partitionsToOffsetAndMetadata()
                        .get();
                ends.forEach(
                    (partition, end) -> {
                      if (end > 0) {
                        assertThat(committed.get(partition)).isNotNull();
                        assertThat(committed.get(partition).offset()).isGreaterThanOrEqualTo(end);
                      }
                    });
              });
    }
  }

  private ConsumerRecord<String, byte[]> deadLetter(String key) {
    Map<String, Object> config =
        KafkaTestUtils.consumerProps(broker, "dlq-reader-" + UUID.randomUUID(), false);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    AtomicReference<ConsumerRecord<String, byte[]>> found = new AtomicReference<>();
    try (Consumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(StatsTopology.TICKET_EVENTS_DLQ));
      await()
          .atMost(PATIENCE)
          .until(
              () -> {
                consumer
                    .poll(Duration.ofMillis(200))
                    .forEach(
                        record -> {
                          if (key.equals(record.key())) {
                            found.set(record);
                          }
                        });
                return found.get() != null;
              });
    }
    return found.get();
  }
}
