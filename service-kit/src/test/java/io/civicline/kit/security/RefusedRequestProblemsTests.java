package io.civicline.kit.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Requests refused before any controller sees them still answer as RFC 9457 problems on the API: a
 * body over the bound (413) and a path the firewall refuses (400).
 */
@SpringBootTest(classes = SecuredTestApp.class)
@AutoConfigureMockMvc
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = "civicline.api.max-body-size=1KB")
class RefusedRequestProblemsTests {

  @Autowired MockMvc mvc;

  @Test
  void aBodyUnderTheBoundIsRead() throws Exception {
    mvc.perform(ping("{\"padding\":\"" + "x".repeat(900) + "\"}")).andExpect(status().isOk());
  }

  @Test
  void aBodyOverTheBoundIs413AsAProblemEvenWithOnlyUnknownFields() throws Exception {
    mvc.perform(ping("{\"padding\":\"" + "x".repeat(2_000) + "\"}"))
        .andExpect(status().is(413))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(413))
        .andExpect(jsonPath("$.title").value("Content Too Large"));
  }

  @Test
  void anApiPathTheFirewallRefusesIs400AsAProblem() throws Exception {
    for (String path : new String[] {"/api/..%2Fping", "/api/%00", "/api/../ping"}) {
      mvc.perform(post(URI.create(path)).with(httpBasic("agent", "agent")))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.status").value(400))
          .andExpect(jsonPath("$.instance").doesNotExist());
    }
  }

  @Test
  void aPagePathTheFirewallRefusesKeepsThePlainErrorStatus() throws Exception {
    mvc.perform(get(URI.create("/console/..%2Fx"))).andExpect(status().isBadRequest());
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder ping(
      String body) {
    return post("/api/ping")
        .with(httpBasic("agent", "agent"))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }
}
