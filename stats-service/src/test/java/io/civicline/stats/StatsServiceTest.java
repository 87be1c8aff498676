package io.civicline.stats;

import io.civicline.events.Topics;
import io.civicline.stats.streams.StatsTopology;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A Spring Boot test of stats-service, whole: its context with an embedded Kafka broker holding the
 * event topics and their dead-letter topics, and a Kafka Streams state directory of its own, so
 * that no test class reads another's stores.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@EmbeddedKafka(
    topics = {
      StatsTopology.TICKET_EVENTS,
      StatsTopology.TICKET_EVENTS_DLQ,
      StatsTopology.CASE_EVENTS,
      StatsTopology.CASE_EVENTS_DLQ
    },
    bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestPropertySource(
    properties = "spring.kafka.streams.state-dir=target/kafka-streams-${random.uuid}")
@DirtiesContext
public @interface StatsServiceTest {

  @AliasFor(annotation = SpringBootTest.class)
  WebEnvironment webEnvironment() default WebEnvironment.MOCK;

  @AliasFor(annotation = SpringBootTest.class)
  String[] properties() default {};

  @AliasFor(annotation = EmbeddedKafka.class)
  int partitions() default Topics.PARTITIONS;
}
