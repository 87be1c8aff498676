package io.civicline.kit.testing;

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
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A Spring Boot test of a case service, whole: its context with an embedded Kafka broker and a
 * MongoDB-wire server of its own in the test JVM, both gone with the context after the class, so
 * that no test class sees another's tickets or cases.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
@ContextCustomizerFactories(InProcessMongoDatabases.class)
public @interface CaseServiceTest {

  /** The service's database, which {@code spring.mongodb.uri} names. */
  String database();

  /** Whether the staff directory ({@code civicline.staff.mongodb-uri}) is on that server too. */
  boolean staffDirectory() default false;

  @AliasFor(annotation = SpringBootTest.class)
  WebEnvironment webEnvironment() default WebEnvironment.MOCK;

  @AliasFor(annotation = EmbeddedKafka.class)
  int partitions() default 1;
}
