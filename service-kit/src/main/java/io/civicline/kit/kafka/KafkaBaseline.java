package io.civicline.kit.kafka;

import io.civicline.events.TopicRetention;
import io.civicline.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Kafka pieces every service shares: a health indicator for the cluster and the declaration of the
 * event topics, so that whichever service starts first creates them with the contract's settings. A
 * broker that is down at start only delays this; the services start anyway.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
public class KafkaBaseline {

  static final String RETENTION = "civicline.topics.retention";

  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

  @Bean
  KafkaClusterHealthIndicator kafkaHealthIndicator(
      KafkaProperties properties, KafkaConnectionDetails connection) {
    Map<String, Object> config = properties.buildAdminProperties();
    config.put(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getAdmin().getBootstrapServers());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) HEALTH_TIMEOUT.toMillis());
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) HEALTH_TIMEOUT.toMillis());
    return new KafkaClusterHealthIndicator(Admin.create(config), HEALTH_TIMEOUT);
  }

  /**
   * The topics with {@link Topics#configOf their settings}: the retention of the referrals and of
   * their dead letters from {@value #RETENTION} ({@code .referrals}, {@code
   * .referral-dead-letters}, e.g. {@code 30d}). With {@code
   * spring.kafka.admin.modify-topic-configs} a changed retention is applied to the existing topics
   * at the next start.
   */
  @Bean
  KafkaAdmin.NewTopics eventTopics(Environment environment) {
    return new KafkaAdmin.NewTopics(topics(environment).toArray(NewTopic[]::new));
  }

  static List<NewTopic> topics(Environment environment) {
    TopicRetention retention =
        Binder.get(environment)
            .bind(RETENTION, TopicRetention.class)
            .orElse(TopicRetention.DEFAULTS);
    return Topics.all().stream()
        .map(
            name ->
                TopicBuilder.name(name)
                    .partitions(Topics.PARTITIONS)
                    .configs(Topics.configOf(name, retention))
                    .build())
        .toList();
  }
}
