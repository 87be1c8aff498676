package io.civicline.localstack;

import io.civicline.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the event topics of {@link Topics#all()} that are not there yet: {@link
 * Topics#PARTITIONS} partitions, one replica, {@link Topics#EVENT_TOPIC_CONFIG}.
 */
final class EventTopics {

  private EventTopics() {}

  /** Returns the topics it created; retries while the fresh broker is not yet registered. */
  static List<String> createMissing(String bootstrapServers, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
      while (true) {
        try {
          return createMissing(admin);
        } catch (ExecutionException e) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException(
                "Cannot create the event topics on " + bootstrapServers + ": " + e.getCause(), e);
          }
          Pause.briefly(500);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating the event topics", e);
    }
  }

  private static List<String> createMissing(Admin admin)
      throws ExecutionException, InterruptedException {
    Set<String> existing = admin.listTopics().names().get();
    List<NewTopic> missing =
        Topics.all().stream()
            .filter(topic -> !existing.contains(topic))
            .map(
                topic ->
                    new NewTopic(topic, Topics.PARTITIONS, (short) 1)
                        .configs(Topics.EVENT_TOPIC_CONFIG))
            .collect(Collectors.toList());
    try {
      admin.createTopics(missing).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
    return missing.stream().map(NewTopic::name).collect(Collectors.toList());
  }
}
