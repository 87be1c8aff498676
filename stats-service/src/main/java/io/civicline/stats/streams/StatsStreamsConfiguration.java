package io.civicline.stats.streams;

import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import java.time.Clock;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.KStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/**
 * Runs {@link StatsTopology} in plain Kafka Streams managed by spring-kafka. Its settings come from
 * Boot's {@code spring.kafka.streams.*} properties (see application.yml).
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class StatsStreamsConfiguration {

  private static final Logger log = LoggerFactory.getLogger(StatsStreamsConfiguration.class);

  @Bean
  FigureReplicaHealthIndicator figureReplicaHealthIndicator(FigureCounts counts) {
    return new FigureReplicaHealthIndicator(counts);
  }

  @Bean
  KStream<String, byte[]> ticketEvents(StreamsBuilder builder, HotlineFigures figures) {
    return StatsTopology.addTo(builder, figures);
  }

  @Bean
  KStream<String, byte[]> mediationCaseEvents(StreamsBuilder builder, MediationFigures figures) {
    return StatsTopology.addTo(builder, figures);
  }

  @Bean
  StreamThreadFailures streamThreadFailures() {
    return new StreamThreadFailures(Clock.systemUTC());
  }

  /** A stream thread that dies (e.g. after a long broker outage) is replaced, never left dead. */
  @Bean
  StreamsBuilderFactoryBeanConfigurer replaceDeadStreamThreads(StreamThreadFailures failures) {
    return factory ->
        factory.setStreamsUncaughtExceptionHandler(
            e -> {
              failures.died(e);
              // One death is a recovered incident (a broker lost mid-transaction: exactly-once
              // keeps the figures right); a streak is a fault the health reports too.
              if (failures.streak() == null) {
                log.warn("stream thread died; replacing it", e);
              } else {
                log.error("stream threads keep dying; replacing this one", e);
              }
              return StreamThreadExceptionResponse.REPLACE_THREAD;
            });
  }

  @Bean
  KafkaStreamsHealthIndicator kafkaStreamsHealthIndicator(
      StreamsBuilderFactoryBean streams, StreamThreadFailures failures) {
    return new KafkaStreamsHealthIndicator(streams, failures);
  }
}
