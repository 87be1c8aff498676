package io.civicline.stats;

import io.civicline.kit.testing.RoleMatrix;
import io.civicline.stats.streams.StatsTopology;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Every stats handler, method and role against {@code role-matrix.txt}. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(
    partitions = 3,
    topics = {
      StatsTopology.TICKET_EVENTS,
      StatsTopology.TICKET_EVENTS_DLQ,
      StatsTopology.CASE_EVENTS,
      StatsTopology.CASE_EVENTS_DLQ
    },
    bootstrapServersProperty = "spring.kafka.bootstrap-servers")
// No configured users and no dev profile: the callers are tokens, and the rules are production's.
@DirtiesContext
class RoleMatrixTests {

  private static final Path STATE_DIR = Path.of("target", "kafka-streams-" + UUID.randomUUID());

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @DynamicPropertySource
  static void streamsState(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.streams.state-dir", STATE_DIR::toString);
  }

  @Test
  void everyHandlerAnswersEveryRoleAsTheTableSays() throws Exception {
    RoleMatrix matrix =
        RoleMatrix.of(
            mvc, Map.of(), key -> Map.of("year", "2026", "table", "hotline", "by", "district"));

    matrix.assertAnswersAsTheTableSays(context);
  }
}
