package io.civicline.stats.streams;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * UP while the Kafka Streams client is RUNNING or REBALANCING (it also waits there for a broker
 * that is down); DOWN in any other state, and while its stream threads keep dying ({@link
 * StreamThreadFailures}). The state is always in the details.
 */
class KafkaStreamsHealthIndicator extends AbstractHealthIndicator {

  private final StreamsBuilderFactoryBean streams;
  private final StreamThreadFailures failures;

  KafkaStreamsHealthIndicator(StreamsBuilderFactoryBean streams, StreamThreadFailures failures) {
    super("Kafka Streams health check failed");
    this.streams = streams;
    this.failures = failures;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    KafkaStreams kafkaStreams = streams.getKafkaStreams();
    if (kafkaStreams == null) {
      builder.down().withDetail("state", "NOT_CREATED");
      return;
    }
    KafkaStreams.State state = kafkaStreams.state();
    String streak = failures.streak();
    boolean up =
        streak == null
            && (state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING);
    (up ? builder.up() : builder.down())
        .withDetail("state", state.name())
        .withDetail("threads", kafkaStreams.metadataForLocalThreads().size());
    if (streak != null) {
      builder.withDetail("threadsDyingInAStreak", streak);
    }
  }
}
