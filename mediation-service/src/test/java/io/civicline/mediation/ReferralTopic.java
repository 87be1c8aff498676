package io.civicline.mediation;

import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.TicketReferral;
import io.civicline.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays hotline-service for the tests: publishes referrals on {@link Topics#REFERRALS} exactly as
 * its outbox does (binary-mode CloudEvents, key = ticket id), or any bytes a broken producer might
 * send.
 */
final class ReferralTopic implements AutoCloseable {

  private final KafkaProducer<String, byte[]> producer;

  ReferralTopic(List<String> bootstrapServers) {
    this.producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", bootstrapServers)),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  /** A referral of a ticket with a named caller and a fresh ticket id. */
  static TicketReferral referral(String ticketNumber, String district, String topic, String phone) {
    return new TicketReferral(
        TicketReferral.TYPE,
        UUID.randomUUID().toString(),
        UUID.randomUUID().toString().replace("-", "").substring(0, 24),
        ticketNumber,
        Instant.now(),
        "agent",
        district,
        "COMPLAINT",
        topic,
        new TicketReferral.Contact("市民王五", phone, false),
        "楼上装修噪音扰民，协商未果",
        "转人民调解");
  }

  void send(TicketReferral referral) {
    send(referral.ticketId(), TicketReferral.TYPE, EventJson.write(referral));
  }

  void send(String key, String type, byte[] data) {
    CloudEvent event =
        new CloudEvent(
            UUID.randomUUID().toString(), "/hotline-service", type, key, Instant.now(), data);
    try {
      producer.send(KafkaCloudEvents.toRecord(Topics.REFERRALS, event)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not publish a referral", e);
    }
  }

  void sendText(String key, String text) {
    send(key, TicketReferral.TYPE, text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    producer.close();
  }
}
