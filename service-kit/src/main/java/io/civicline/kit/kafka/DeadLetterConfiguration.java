package io.civicline.kit.kafka;

import io.civicline.events.MalformedEventException;
import io.civicline.events.Topics;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What a service's Kafka listeners do with a record they cannot process: retry twice a second apart
 * (a passing database hiccup), then publish it to {@code <topic>.dlq} with the error in
 * spring-kafka's dead-letter headers and go on. An unreadable record is not retried.
 */
@AutoConfiguration(afterName = "io.civicline.kit.outbox.OutboxConfiguration")
@ConditionalOnBean(name = "outboxKafkaTemplate")
public class DeadLetterConfiguration {

  @Bean
  @ConditionalOnMissingBean
  CommonErrorHandler deadLetterErrorHandler(
      @Qualifier("outboxKafkaTemplate") KafkaTemplate<String, byte[]> template) {
    DeadLetterPublishingRecoverer recoverer =
        new DeadLetterPublishingRecoverer(
            template,
            (record, error) ->
                new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(1_000, 2));
    handler.addNotRetryableExceptions(MalformedEventException.class);
    return handler;
  }
}
