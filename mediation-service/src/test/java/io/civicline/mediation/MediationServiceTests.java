package io.civicline.mediation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.ServiceHealth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The service runs on the real broker and MongoDB-wire server with the security baseline. */
@CaseServiceTest(database = "mediation", partitions = 3)
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class MediationServiceTests {

  @Autowired MockMvc mvc;

  @Test
  void healthReportsMongoAndKafkaUp() throws Exception {
    ServiceHealth.assertUp(mvc, "kafka", "mongo");
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
    new ApiCalls(mvc, "/api/cases").problem("/api/cases", "agent", 403);
  }

  @Test
  void aWrongPasswordIs401() throws Exception {
    mvc.perform(get("/api/cases").with(httpBasic("mediator", "wrong")))
        .andExpect(status().isUnauthorized());
  }
}
