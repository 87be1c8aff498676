package io.civicline.mediation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.mediation.IntakeDesk;
import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.domain.CloseOutcomeTable;
import io.civicline.mediation.domain.CloseOutcomeTable.Request;
import io.civicline.mediation.domain.Closing;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What goes with each close outcome ({@link CloseOutcomeTable}) is enforced alike through the API
 * and the console: every request that leaves out a part its outcome needs, or sends a part of
 * another outcome, is refused by both naming exactly that part and changes nothing, and every
 * fitting request closes a case through both with the same closing.
 */
@CaseServiceTest(database = "mediation")
@AutoConfigureMockMvc
@TestPropertySource(
    locations = {
      "classpath:civicline-test-users.properties",
      "classpath:mediation-test-users.properties"
    })
class CloseOutcomeRuleTests {

  static final Set<String> PARTS = CloseOutcomeTable.SAMPLE_VALUES.keySet();

  @Autowired MockMvc mvc;
  @Autowired IntakeDesk intake;
  @Autowired MediationDesk desk;
  @Autowired MessageSource messages;
  static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void everyPartThatDoesNotFitItsOutcomeIsRefusedAlikeByTheApiAndTheConsole() throws Exception {
    MediationCase heard = new MediatedCases(intake, desk).heard("YIMEI");

    for (Request request : CloseOutcomeTable.misfitting()) {
      assertThat(refusedByTheApi(heard, request))
          .as("API: " + request)
          .isEqualTo(request.misfits());
      assertThat(refusedByTheConsole(heard, request))
          .as("console: " + request)
          .isEqualTo(request.misfits());
    }

    assertThat(desk.get(heard.id()).version()).isEqualTo(heard.version());
  }

  @Test
  void everyFittingOutcomeClosesACaseAlikeThroughTheApiAndTheConsole() throws Exception {
    MediatedCases cases = new MediatedCases(intake, desk);
    for (Outcome outcome : Outcome.values()) {
      Request request = CloseOutcomeTable.fitting(outcome);
      MediationCase viaApi = cases.heard("YIMEI");
      MediationCase viaConsole = cases.heard("YIMEI");

      mvc.perform(api(viaApi, request))
          .andExpect(
              result ->
                  assertThat(result.getResponse().getStatus())
                      .as("API: " + request)
                      .isEqualTo(200));
      mvc.perform(console(viaConsole, request))
          .andExpect(
              result ->
                  assertThat(result.getFlashMap().get("notice"))
                      .as("console: " + request)
                      .isNotNull());

      Closing byApi = desk.get(viaApi.id()).closing();
      Closing byConsole = desk.get(viaConsole.id()).closing();
      assertThat(byApi.outcome()).isEqualTo(outcome);
      assertThat(byConsole)
          .usingRecursiveComparison()
          .ignoringFields("at")
          .as(request.toString())
          .isEqualTo(byApi);
    }
  }

  /** The fields a 400 problem names. */
  private Set<String> refusedByTheApi(MediationCase heard, Request request) throws Exception {
    MvcResult result = mvc.perform(api(heard, request)).andReturn();
    assertThat(result.getResponse().getStatus()).as("API: " + request).isEqualTo(400);
    JsonNode problem =
        JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    Set<String> fields = new HashSet<>();
    problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
    return fields;
  }

  /** The parts whose labels the page's error names. */
  private Set<String> refusedByTheConsole(MediationCase heard, Request request) throws Exception {
    MvcResult result = mvc.perform(console(heard, request)).andReturn();
    assertThat(result.getResponse().getStatus()).as("console: " + request).isEqualTo(302);
    String error = String.valueOf(result.getFlashMap().get("error"));
    Set<String> named = new HashSet<>();
    for (String part : PARTS) {
      if (error.contains(messages.getMessage("field." + part, null, Locale.SIMPLIFIED_CHINESE))) {
        named.add(part);
      }
    }
    return named;
  }

  private MockHttpServletRequestBuilder api(MediationCase heard, Request request) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>(request.parts());
    body.put("outcome", request.outcome().name());
    body.put("version", heard.version());
    return post("/api/cases/" + heard.id() + "/close")
        .with(httpBasic("mediator", "mediator"))
        .contentType(MediaType.APPLICATION_JSON)
        .content(JSON.writeValueAsString(body));
  }

  private static MockHttpServletRequestBuilder console(MediationCase heard, Request request) {
    MockHttpServletRequestBuilder post =
        post("/console/cases/" + heard.id() + "/close")
            .with(httpBasic("mediator", "mediator"))
            .with(csrf())
            .param("outcome", request.outcome().name())
            .param("version", Long.toString(heard.version()));
    request.parts().forEach(post::param);
    return post;
  }
}
