package io.civicline.localstack;

import io.civicline.events.TopicRetention;
import io.civicline.events.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the event topics of {@link Topics#all()} that are not there yet: {@link
 * Topics#PARTITIONS} partitions, one replica, {@link Topics#configOf their settings}; and sets
 * those settings on the topics that are, so that a changed retention applies to the existing
 * records.
 */
final class EventTopics {

  private EventTopics() {}

  /** Returns the topics it created; retries while the fresh broker is not yet registered. */
  static List<String> createMissing(
      String bootstrapServers, TopicRetention retention, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
      while (true) {
        try {
          return createMissing(admin, retention);
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

  private static List<String> createMissing(Admin admin, TopicRetention retention)
      throws ExecutionException, InterruptedException {
    Set<String> existing = admin.listTopics().names().get();
    List<NewTopic> missing =
        Topics.all().stream()
            .filter(topic -> !existing.contains(topic))
            .map(
                topic ->
                    new NewTopic(topic, Topics.PARTITIONS, (short) 1)
                        .configs(Topics.configOf(topic, retention)))
            .collect(Collectors.toList());
    try {
      admin.createTopics(missing).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
    List<String> present = Topics.all().stream().filter(existing::contains).toList();
    admin.incrementalAlterConfigs(settings(present, retention)).all().get();
    return missing.stream().map(NewTopic::name).collect(Collectors.toList());
  }

  private static Map<ConfigResource, Collection<AlterConfigOp>> settings(
      List<String> topics, TopicRetention retention) {
    return topics.stream()
        .collect(
            Collectors.toMap(
                topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic),
                topic ->
                    Topics.configOf(topic, retention).entrySet().stream()
                        .map(
                            setting ->
                                new AlterConfigOp(
                                    new ConfigEntry(setting.getKey(), setting.getValue()),
                                    AlterConfigOp.OpType.SET))
                        .toList()));
  }
}
