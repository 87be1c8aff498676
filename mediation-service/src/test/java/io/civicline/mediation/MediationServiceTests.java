package io.civicline.mediation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.testing.InProcessMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The service runs on the real broker and MongoDB-wire server with the security baseline. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
@DirtiesContext
class MediationServiceTests {

  static final InProcessMongo MONGO = new InProcessMongo();

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void mongo(DynamicPropertyRegistry registry) {
    registry.add("spring.mongodb.uri", () -> MONGO.uri("mediation"));
  }

  @AfterAll
  static void stopMongo() {
    MONGO.stop();
  }

  @Test
  void healthReportsMongoAndKafkaUp() throws Exception {
    mvc.perform(get("/actuator/health").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.kafka.status").value("UP"))
        .andExpect(jsonPath("$.components.mongo.status").value("UP"));
  }

  @Test
  void readinessIsOpenToProbesWithoutCredentials() throws Exception {
    mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
  }

  @Test
  void casesNeedCredentials() throws Exception {
    mvc.perform(get("/api/cases"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void anAgentMayNotSeeMediationCases() throws Exception {
    mvc.perform(get("/api/cases").with(httpBasic("agent", "agent")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aWrongPasswordIs401() throws Exception {
    mvc.perform(get("/api/cases").with(httpBasic("mediator", "wrong")))
        .andExpect(status().isUnauthorized());
  }
}
