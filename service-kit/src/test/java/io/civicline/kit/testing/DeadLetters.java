package io.civicline.kit.testing;

import static org.awaitility.Awaitility.await;

import io.civicline.events.TopicRecords;
import io.civicline.events.Topics;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The dead letters a consumer of a service under test parks, read from the test's broker. */
public final class DeadLetters {

  private DeadLetters() {}

  /**
   * The dead letters of {@code topic}'s records with key {@code key}, once there is one; fails
   * after a minute without.
   */
  public static List<ConsumerRecord<String, byte[]>> awaitOf(
      List<String> bootstrapServers, String topic, String key) {
    return await("a dead letter of " + topic + " with key " + key)
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> TopicRecords.withKey(bootstrapServers, Topics.deadLetterOf(topic), key),
            records -> !records.isEmpty());
  }
}
