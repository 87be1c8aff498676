package io.civicline.kit.kafka;

import io.civicline.events.Topics;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
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

  @Bean
  KafkaAdmin.NewTopics eventTopics() {
    return new KafkaAdmin.NewTopics(
        Topics.all().stream().map(KafkaBaseline::topic).toArray(NewTopic[]::new));
  }

  private static NewTopic topic(String name) {
    return TopicBuilder.name(name)
        .partitions(Topics.PARTITIONS)
        .configs(Topics.EVENT_TOPIC_CONFIG)
        .build();
  }
}
