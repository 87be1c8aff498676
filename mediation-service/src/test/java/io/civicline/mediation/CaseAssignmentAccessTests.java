package io.civicline.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.privacy.PersonalDataLog;
import io.civicline.kit.security.Roles;
import io.civicline.kit.testing.CaseServiceTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may assign which case, and who then sees its parties, tried through the HTTP door as an
 * attacker would: mediators taking what is not theirs, leads reaching outside their body or
 * district, a lead without one. Users: {@code mediator} (M_YIMEI_01 of YIMEI_PMC), {@code
 * mediator2} (M_YIMEI_02 of YIMEI_JUDICIAL_OFFICE), {@code trainee} (no roster entry), {@code lead}
 * (district YIMEI), {@code pmclead} (body YIMEI_PMC), {@code tielilead} (district TIELI), {@code
 * nolead} (no scope) and {@code admin}.
 */
@CaseServiceTest(database = "mediation", partitions = 3)
@AutoConfigureMockMvc
@TestPropertySource(
    locations = {
      "classpath:civicline-test-users.properties",
      "classpath:mediation-test-users.properties"
    })
class CaseAssignmentAccessTests {

  static final String CASE =
      """
      {"disputeType":"NEIGHBOURHOOD","district":"%s","source":"WALK_IN",
       "parties":[{"role":"APPLICANT","name":"张三","phone":"%s","idNumber":"230702198503121235"},
                  {"role":"RESPONDENT","name":"李四"}],
       "summary":"楼上漏水"}
      """;

  static final String TO_MEDIATOR = "{\"mediator\":\"M_YIMEI_01\"}";
  static final String TO_MEDIATOR2 = "{\"mediator\":\"M_YIMEI_02\"}";

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;

  @Test
  void aMediatorCannotReassignAnotherMediatorsCaseToThemselves() throws Exception {
    String id = register("YIMEI", "13900000101");
    assign(id, "lead", TO_MEDIATOR2).andExpect(status().isOk());

    assign(id, "mediator", TO_MEDIATOR)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("Only a mediation lead or an admin")));
    assign(id, "mediator", "{\"mediator\":\"M_YIMEI_01\",\"body\":\"YIMEI_PMC\"}")
        .andExpect(status().isForbidden());

    JsonNode seen = read(id, "mediator");
    assertThat(seen.at("/assignment/mediator").asString()).isEqualTo("M_YIMEI_02");
    assertThat(seen.get("version").asInt()).isEqualTo(2);
    assertThat(seen.get("partiesMasked").asBoolean()).isTrue();
    assertThat(seen.at("/parties/0/phone").asString()).isEqualTo("139****0101");
  }

  @Test
  void aMediatorTakesOnlyAnUnassignedCaseOfTheirBodysDistrictForThemselves() throws Exception {
    String yimei = register("YIMEI", "13900000201");
    String tieli = register("TIELI", "13900000202");

    assign(yimei, "mediator", TO_MEDIATOR2).andExpect(status().isForbidden());
    assign(yimei, "mediator", "{\"mediator\":\"M_YIMEI_01\",\"body\":\"YIMEI_COURT\"}")
        .andExpect(status().isForbidden());
    assign(tieli, "mediator", TO_MEDIATOR)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("own body's district")));
    assign(yimei, "trainee", TO_MEDIATOR)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("no entry in the mediators' roster")));
    assertThat(read(yimei, "mediator").get("version").asInt()).isEqualTo(1);
    assertThat(read(tieli, "mediator").get("version").asInt()).isEqualTo(1);

    assign(yimei, "mediator", TO_MEDIATOR)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.assignment.body").value("YIMEI_PMC"))
        .andExpect(jsonPath("$.partiesMasked").value(false));
  }

  @Test
  void aLeadOfAnotherBodyOrDistrictOrOfNoneCannotAssignAndAnAdminCan() throws Exception {
    String yimei = register("YIMEI", "13900000301");
    String tieli = register("TIELI", "13900000302");

    assign(yimei, "tielilead", TO_MEDIATOR)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("outside the body or district")));
    assign(yimei, "pmclead", TO_MEDIATOR2)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("only to the bodies you lead")));
    assign(yimei, "nolead", TO_MEDIATOR)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("leads no mediating body")));
    assign(yimei, "lead", "{\"mediator\":\"M_TIELI_01\"}").andExpect(status().isForbidden());
    assign(tieli, "lead", TO_MEDIATOR).andExpect(status().isForbidden());
    assertThat(read(yimei, "admin").get("version").asInt()).isEqualTo(1);

    assign(yimei, "pmclead", TO_MEDIATOR).andExpect(status().isOk());
    assign(tieli, "admin", "{\"mediator\":\"M_TIELI_01\"}").andExpect(status().isOk());
    assign(tieli, "admin", TO_MEDIATOR)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.history[2].action").value("REASSIGN"));
  }

  @Test
  void afterAReassignmentOnlyTheNewMediatorSeesThePartiesAndEachFullViewIsLogged()
      throws Exception {
    String id = register("YIMEI", "13900000401");
    assign(id, "lead", TO_MEDIATOR).andExpect(status().isOk());
    assertThat(read(id, "mediator").at("/parties/0/phone").asString()).isEqualTo("13900000401");

    assign(id, "lead", TO_MEDIATOR2)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.partiesMasked").value(true));

    JsonNode toFormer = read(id, "mediator");
    assertThat(toFormer.get("partiesMasked").asBoolean()).isTrue();
    assertThat(toFormer.at("/parties/0/idNumber").asString()).isEqualTo("230***********1235");
    JsonNode toCurrent = read(id, "mediator2");
    assertThat(toCurrent.at("/parties/0/idNumber").asString()).isEqualTo("230702198503121235");
    assertThat(read(id, "lead").get("partiesMasked").asBoolean()).isTrue();
    assertThat(read(id, "admin").get("partiesMasked").asBoolean()).isTrue();

    JsonNode handover = toCurrent.at("/history/2/handover");
    assertThat(toCurrent.at("/history/2/by").asString()).isEqualTo("lead");
    assertThat(handover.get("fromMediator").asString()).isEqualTo("M_YIMEI_01");
    assertThat(handover.get("toMediator").asString()).isEqualTo("M_YIMEI_02");
    assertThat(handover.get("toBody").asString()).isEqualTo("YIMEI_JUDICIAL_OFFICE");

    mvc.perform(get("/console/cases/" + id).with(httpBasic("mediator2", "mediator2")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("13900000401")));
    List<Document> log =
        mongo.find(
            Query.query(Criteria.where("records").is(id)),
            Document.class,
            PersonalDataLog.COLLECTION);
    assertThat(log)
        .extracting(entry -> entry.getString("user") + " " + entry.getString("route"))
        .containsExactly(
            "mediator GET /api/cases/{id}",
            "mediator2 GET /api/cases/{id}",
            "mediator2 GET /console/cases/{id}");
    assertThat(log.get(0).getList("fields", String.class))
        .containsExactly("parties.name", "parties.phone", "parties.idNumber");
  }

  @Test
  void leadsReadAndListOnlyTheCasesOfTheirScope() throws Exception {
    String yimei = register("YIMEI", "13900000501");
    String tieli = register("TIELI", "13900000502");
    assign(yimei, "lead", TO_MEDIATOR2).andExpect(status().isOk());

    mvc.perform(get("/api/cases/" + yimei).with(httpBasic("tielilead", "tielilead")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/cases/" + yimei).with(httpBasic("pmclead", "pmclead")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/cases/" + tieli).with(as("nolead")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("leads no mediating body")));
    mvc.perform(get("/api/cases").with(as("nolead"))).andExpect(status().isForbidden());

    assertThat(listed("lead")).contains(yimei).doesNotContain(tieli);
    assertThat(listed("tielilead")).contains(tieli).doesNotContain(yimei);
    assertThat(listed("pmclead")).doesNotContain(yimei, tieli);
    assertThat(listed("mediator")).contains(yimei, tieli);
    mvc.perform(get("/console/cases?size=100").with(httpBasic("tielilead", "tielilead")))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(tieli), not(containsString(yimei)))));
  }

  @Test
  void theConsolesAssignFormOffersOnlyWhomTheUserMayAssignTo() throws Exception {
    String id = register("YIMEI", "13900000601");

    String toMediator = page(id, "mediator");
    assertThat(toMediator).contains("value=\"M_YIMEI_01\"").doesNotContain("value=\"M_YIMEI_02\"");
    String toLead = page(id, "pmclead");
    assertThat(toLead)
        .contains("id=\"act-assign\"", "value=\"M_YIMEI_01\"")
        .doesNotContain("value=\"M_YIMEI_02\"", "value=\"YIMEI_COURT\"");
    assertThat(page(id, "lead"))
        .contains("value=\"M_YIMEI_02\"", "value=\"YIMEI_COURT\"")
        .doesNotContain("value=\"M_TIELI_01\"");
    assertThat(page(id, "mediator2")).contains("id=\"act-assign\"");
    mvc.perform(get("/console/cases/" + id).with(httpBasic("tielilead", "tielilead")))
        .andExpect(status().isForbidden());
  }

  private String register(String district, String phone) throws Exception {
    String created =
        mvc.perform(
                post("/api/cases")
                    .with(httpBasic("mediator", "mediator"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(CASE.formatted(district, phone)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return JsonMapper.shared().readTree(created).get("id").asString();
  }

  private ResultActions assign(String id, String user, String body) throws Exception {
    return mvc.perform(
        post("/api/cases/" + id + "/assign")
            .with(as(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  /**
   * Signs in as a configured user, or as {@code nolead}: a lead without a scope, which neither
   * configuration nor a token can produce (both are refused), reaches the rules only as a principal
   * placed past the door; the rules must still refuse it.
   */
  private static RequestPostProcessor as(String user) {
    return "nolead".equals(user)
        ? SecurityMockMvcRequestPostProcessors.user(user).roles(Roles.MEDIATION_LEAD)
        : httpBasic(user, user);
  }

  private JsonNode read(String id, String user) throws Exception {
    return JsonMapper.shared().readTree(body(get("/api/cases/" + id), user));
  }

  private List<String> listed(String user) throws Exception {
    return JsonMapper.shared()
        .readTree(body(get("/api/cases?size=100"), user))
        .get("items")
        .valueStream()
        .map(item -> item.get("id").asString())
        .toList();
  }

  private String page(String id, String user) throws Exception {
    return body(get("/console/cases/" + id), user);
  }

  private String body(MockHttpServletRequestBuilder request, String user) throws Exception {
    return mvc.perform(request.with(httpBasic(user, user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
