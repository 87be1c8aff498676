package io.civicline.systemtests;

import io.civicline.events.CloudEvent;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.TicketReferral;
import io.civicline.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the broker keeps of referrals: how long, and what a failed one leaves in the DLQ. */
final class ReferralTopicChecks {

  /** Personal values of the unreadable referral: none may reach the dead-letter topic. */
  static final List<String> PERSONAL = List.of("泄露测试赵六", "13977776666", "秘密的纠纷描述");

  private final LaunchedStack stack;

  ReferralTopicChecks(LaunchedStack stack) {
    this.stack = stack;
  }

  /** {@code retention.ms} of the topic as the broker has it (-1: forever). */
  long retentionMs(String topic) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    try (Admin admin = admin()) {
      return Long.parseLong(
          admin
              .describeConfigs(List.of(resource))
              .all()
              .get()
              .get(resource)
              .get(TopicConfig.RETENTION_MS_CONFIG)
              .value());
    }
  }

  /** Publishes a referral mediation cannot read (a time that is none) carrying personal data. */
  String sendUnreadableReferral() throws Exception {
    String ticketId = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    String json =
        "{\"type\":\""
            + TicketReferral.TYPE
            + "\",\"eventId\":\""
            + UUID.randomUUID()
            + "\",\"ticketId\":\""
            + ticketId
            + "\",\"ticketNumber\":\"SEC-1\",\"referredAt\":\"not a time\",\"referredBy\":\"agent\","
            + "\"district\":\"YIMEI\",\"category\":\"COMPLAINT\",\"topic\":\"NEIGHBOUR\","
            + "\"caller\":{\"name\":\"泄露测试赵六\",\"phone\":\"13977776666\",\"anonymous\":false},"
            + "\"description\":\"秘密的纠纷描述\",\"note\":\"转人民调解\"}";
    CloudEvent event =
        new CloudEvent(
            UUID.randomUUID().toString(),
            "/hotline-service",
            TicketReferral.TYPE,
            ticketId,
            Instant.now(),
            json.getBytes(StandardCharsets.UTF_8));
    try (KafkaProducer<String, byte[]> producer = stack.producer()) {
      producer.send(KafkaCloudEvents.toRecord(Topics.REFERRALS, event)).get();
    }
    return ticketId;
  }

  /** The dead letter of that referral, value and headers as text, once it is there. */
  Optional<String> deadLetterOf(String ticketId, Duration patience) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + stack.kafka,
            ConsumerConfig.GROUP_ID_CONFIG, "security-suite-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.deadLetterOf(Topics.REFERRALS)));
      long deadline = System.nanoTime() + patience.toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          String text = text(record);
          if (ticketId.equals(record.key()) || text.contains(ticketId)) {
            return Optional.of(text);
          }
        }
      }
      return Optional.empty();
    }
  }

  private static String text(ConsumerRecord<String, byte[]> record) {
    StringBuilder text = new StringBuilder(new String(record.value(), StandardCharsets.UTF_8));
    for (Header header : record.headers()) {
      text.append('\n').append(header.key()).append(": ");
      text.append(new String(header.value(), StandardCharsets.UTF_8));
    }
    return text.toString();
  }

  private Admin admin() {
    return Admin.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + stack.kafka));
  }
}
