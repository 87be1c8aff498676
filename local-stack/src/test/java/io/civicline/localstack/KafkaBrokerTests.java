package io.civicline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.events.TopicRetention;
import io.civicline.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kafka broker child as the local stack runs it: KRaft, one node, formatted once. */
class KafkaBrokerTests {

  private final Path dir;
  private final KafkaBroker broker;
  private ChildProcess child;

  KafkaBrokerTests(@TempDir Path dir) {
    this.dir = dir;
    this.broker =
        new KafkaBroker(
            dir.resolve("kafka"),
            "127.0.0.1",
            "127.0.0.1",
            "127.0.0.1",
            FreePorts.next(),
            FreePorts.next(),
            dir.resolve("kafka.log"));
  }

  @AfterEach
  void stopBroker() {
    if (child != null) {
      child.stop(30);
    }
  }

  @Test
  void theEventTopicsAndTheirRecordsSurviveABrokerRestart() throws Exception {
    start();
    String clusterId = clusterId();

    assertThat(
            EventTopics.createMissing(
                broker.bootstrapServers(), TopicRetention.DEFAULTS, Duration.ofSeconds(60)))
        .containsExactlyElementsOf(Topics.all());
    assertEventTopicsAreConfigured();
    try (KafkaProducer<String, String> producer = producer()) {
      producer.send(new ProducerRecord<>(Topics.TICKET_EVENTS, "T1", "received")).get();
    }
    assertThat(child.stop(30)).as("stopped by itself on SIGTERM").isTrue();

    start();

    assertThat(clusterId()).as("formatted only the first time").isEqualTo(clusterId);
    TopicRetention shorter = new TopicRetention(Duration.ofDays(7), Duration.ofDays(2));
    assertThat(
            EventTopics.createMissing(broker.bootstrapServers(), shorter, Duration.ofSeconds(60)))
        .isEmpty();
    assertThat(retentionOf(Topics.REFERRALS))
        .as("a changed retention applies to the existing topic")
        .isEqualTo(Duration.ofDays(7).toMillis());
    assertThat(retentionOf(Topics.deadLetterOf(Topics.REFERRALS)))
        .isEqualTo(Duration.ofDays(2).toMillis());
    assertThat(retentionOf(Topics.TICKET_EVENTS)).isEqualTo(-1);
    List<String> found = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = consumer()) {
      consumer.subscribe(List.of(Topics.TICKET_EVENTS));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                for (ConsumerRecord<String, String> record :
                    consumer.poll(Duration.ofMillis(500))) {
                  found.add(record.key() + "=" + record.value());
                }
                return !found.isEmpty();
              });
    }
    assertThat(found).containsExactly("T1=received");
  }

  private void start() {
    broker.prepare();
    child = broker.start();
    broker.awaitListening(child, Duration.ofSeconds(90));
  }

  private String clusterId() throws Exception {
    Properties meta = new Properties();
    try (var in = Files.newInputStream(dir.resolve("kafka/logs/meta.properties"))) {
      meta.load(in);
    }
    return meta.getProperty("cluster.id");
  }

  private void assertEventTopicsAreConfigured() throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      for (TopicDescription topic :
          admin.describeTopics(Topics.all()).allTopicNames().get().values()) {
        assertThat(topic.partitions()).hasSize(Topics.PARTITIONS);
        assertThat(topic.partitions().get(0).replicas()).hasSize(1);
      }
    }
    assertThat(retentionOf(Topics.TICKET_EVENTS)).as("event topics keep everything").isEqualTo(-1);
    assertThat(retentionOf(Topics.deadLetterOf(Topics.CASE_EVENTS))).isEqualTo(-1);
    assertThat(retentionOf(Topics.REFERRALS))
        .as("referrals hold personal data: 30 days by default")
        .isEqualTo(Duration.ofDays(30).toMillis());
    assertThat(retentionOf(Topics.deadLetterOf(Topics.REFERRALS)))
        .isEqualTo(Duration.ofDays(30).toMillis());
  }

  private long retentionOf(String topic) throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
      return Long.parseLong(
          admin
              .describeConfigs(List.of(resource))
              .all()
              .get()
              .get(resource)
              .get(Topics.RETENTION_MS)
              .value());
    }
  }

  private KafkaProducer<String, String> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all"),
        new StringSerializer(),
        new StringSerializer());
  }

  private KafkaConsumer<String, String> consumer() {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "restart-check",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        new StringDeserializer(),
        new StringDeserializer());
  }
}
