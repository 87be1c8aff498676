package io.civicline.hotline;

import io.civicline.kit.testing.InProcessMongo;
import org.junit.jupiter.api.AfterAll;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The slice on a real Kafka broker (KRaft) and a MongoDB-wire server, both inside the test JVM. */
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
class EmbeddedTicketSliceTests extends TicketSliceContract {

  static final InProcessMongo MONGO = new InProcessMongo();

  @DynamicPropertySource
  static void mongo(DynamicPropertyRegistry registry) {
    registry.add("spring.mongodb.uri", () -> MONGO.uri("hotline"));
  }

  @AfterAll
  static void stopMongo() {
    MONGO.stop();
  }
}
