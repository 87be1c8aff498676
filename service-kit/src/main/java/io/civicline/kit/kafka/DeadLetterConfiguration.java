package io.civicline.kit.kafka;

import io.civicline.events.MalformedEventException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What a service's Kafka listeners do with a record they cannot process: retry twice a second apart
 * (a passing database hiccup), then publish it to {@code <topic>.dlq} with the error in
 * spring-kafka's dead-letter headers (its value cut when huge, see {@link BoundedDeadLetters}) and
 * go on. An unreadable record is not retried.
 */
@AutoConfiguration(afterName = "io.civicline.kit.outbox.OutboxConfiguration")
@ConditionalOnBean(name = "outboxKafkaTemplate")
public class DeadLetterConfiguration {

  @Bean
  @ConditionalOnMissingBean
  CommonErrorHandler deadLetterErrorHandler(
      @Qualifier("outboxKafkaTemplate") KafkaTemplate<String, byte[]> template) {
    DefaultErrorHandler handler =
        new DefaultErrorHandler(new BoundedDeadLetters(template), new FixedBackOff(1_000, 2));
    handler.addNotRetryableExceptions(MalformedEventException.class);
    return handler;
  }
}
