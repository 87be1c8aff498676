package io.civicline.kit.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A service's actuator health, as the test user {@code admin} reads it. */
public final class ServiceHealth {

  private ServiceHealth() {}

  /** The health answers 200, and each of {@code components} is UP. */
  public static void assertUp(MockMvc mvc, String... components) throws Exception {
    ResultActions health =
        mvc.perform(get("/actuator/health").with(httpBasic("admin", "admin")))
            .andExpect(status().isOk());
    for (String component : components) {
      health.andExpect(jsonPath("$.components." + component + ".status").value("UP"));
    }
  }
}
