package io.civicline.kit.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

class SecurityBaselineTests {

  @Nested
  @SpringBootTest(classes = SecuredTestApp.class)
  @AutoConfigureMockMvc
  @TestPropertySource(locations = "classpath:civicline-test-users.properties")
  class WithConfiguredUsers {

    @Autowired MockMvc mvc;

    @Test
    void theRightRoleIsLetIn() throws Exception {
      mvc.perform(get("/api/ping").with(httpBasic("agent", "agent"))).andExpect(status().isOk());
    }

    @Test
    void noCredentialsIs401WithABasicChallengeAsAProblem() throws Exception {
      mvc.perform(get("/api/ping"))
          .andExpect(status().isUnauthorized())
          .andExpect(header().string("WWW-Authenticate", "Basic realm=\"civicline\""))
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void theWrongRoleIs403AsAProblem() throws Exception {
      mvc.perform(get("/api/ping").with(httpBasic("manager", "manager")))
          .andExpect(status().isForbidden())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void headIsAReadAndAnsweredAsGetWouldBe() throws Exception {
      mvc.perform(head("/api/figures").with(httpBasic("manager", "manager")))
          .andExpect(status().isOk());
      mvc.perform(head("/api/figures").with(httpBasic("agent", "agent")))
          .andExpect(status().isForbidden());
      mvc.perform(get("/api/figures").with(httpBasic("agent", "agent")))
          .andExpect(status().isForbidden());
    }

    @Test
    void aMethodOrPathNoRuleNamesIsRefusedToEveryRole() throws Exception {
      for (String user : new String[] {"agent", "manager", "admin"}) {
        mvc.perform(options("/api/figures").with(httpBasic(user, user)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/unnamed").with(httpBasic(user, user)))
            .andExpect(status().isForbidden())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
      }
    }

    @Test
    void aBrowserOpeningAPageIsSentToTheLoginForm() throws Exception {
      mvc.perform(get("/").accept(MediaType.TEXT_HTML))
          .andExpect(status().is3xxRedirection())
          .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void prometheusIsForAdminsOnly() throws Exception {
      mvc.perform(get("/actuator/prometheus").with(httpBasic("manager", "manager")))
          .andExpect(status().isForbidden());
    }
  }

  @Nested
  @SpringBootTest(
      classes = SecuredTestApp.class,
      properties =
          "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/realms/city")
  @AutoConfigureMockMvc
  @TestPropertySource(locations = "classpath:civicline-test-users.properties")
  class WithAJwtIssuer {

    @Autowired MockMvc mvc;

    @Test
    void httpBasicIsNoLongerAcceptedAndTheChallengeIsBearer() throws Exception {
      mvc.perform(get("/api/ping").with(httpBasic("agent", "agent")))
          .andExpect(status().isUnauthorized())
          .andExpect(header().string("WWW-Authenticate", "Bearer"));
    }

    @Test
    void aTokenWithTheRightRoleIsLetInAndTheWrongRoleIs403() throws Exception {
      mvc.perform(
              get("/api/ping").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_AGENT"))))
          .andExpect(status().isOk());
      mvc.perform(
              get("/api/ping").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_MANAGER"))))
          .andExpect(status().isForbidden());
    }
  }

  @Nested
  @SpringBootTest(
      classes = {SecuredTestApp.class, WithRealTokens.Decoder.class},
      properties =
          "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/realms/city")
  @AutoConfigureMockMvc
  class WithRealTokens {

    @Autowired MockMvc mvc;

    @Test
    void aDepartmentTokenWithoutADepartmentClaimIsRefusedAsAnInvalidToken() throws Exception {
      mvc.perform(get("/api/ping").header("Authorization", "Bearer department-without"))
          .andExpect(status().isUnauthorized())
          .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(
              jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no department")));
      mvc.perform(get("/api/ping").header("Authorization", "Bearer agent"))
          .andExpect(status().isOk());
    }

    /** Decodes this test's token values into tokens with the claims they name. */
    static class Decoder {

      @Bean
      JwtDecoder jwtDecoder() {
        return value ->
            switch (value) {
              case "agent" -> StaffTokensTests.token(Map.of("roles", List.of("AGENT")));
              case "department-without" ->
                  StaffTokensTests.token(Map.of("roles", List.of("DEPARTMENT", "AGENT")));
              default -> throw new BadJwtException("unknown test token");
            };
      }
    }
  }
}
