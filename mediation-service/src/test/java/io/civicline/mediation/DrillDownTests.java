package io.civicline.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.mediation.events.OverdueWatcher;
import io.civicline.mediation.store.CaseStoreUpgrade;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case search as the drill-down from the mediation figures: {@code fact} with its days lists
 * exactly the cases the figure counts, managers may list but not open a case.
 */
@CaseServiceTest(database = "mediation")
@AutoConfigureMockMvc
@Import(ShiftedClock.InPlace.class)
@TestPropertySource(
    locations = {
      "classpath:civicline-test-users.properties",
      "classpath:mediation-test-users.properties"
    },
    properties = "civicline.mediation.watch-interval=1h")
class DrillDownTests {

  static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  static final String CASE =
      """
      {"disputeType":"%s","district":"YIMEI","township":"旭日街道","source":"WALK_IN",
       "parties":[{"role":"APPLICANT","name":"张三","phone":"13900000001","idNumber":"230702198503121235"},
                  {"role":"RESPONDENT","name":"李四"}],
       "summary":"楼上漏水 13900000001"}
      """;

  @Autowired MockMvc mvc;
  @Autowired ShiftedClock clock;
  @Autowired MongoTemplate mongo;
  @Autowired CaseStoreUpgrade upgrade;
  @Autowired OverdueWatcher watcher;

  @Test
  void eachFactListsTheCasesItsFigureCountsInThePeriodOfTheFact() throws Exception {
    LocalDate first = today();
    String failedThenSuccessful = mediating();
    close(failedThenSuccessful, "{\"outcome\":\"FAILED\",\"advice\":\"LITIGATION\"}");
    act(failedThenSuccessful, "reopen", "{\"reason\":\"再调\"}");
    String successful = mediating();
    close(successful, "{\"outcome\":\"SUCCESS\",\"agreementType\":\"ORAL\"}");
    String declined = register();
    act(declined, "decline", "{\"reason\":\"OUTSIDE_SCOPE\"}");
    String open = register();

    clock.shift(Duration.ofDays(40));
    LocalDate second = today();
    act(failedThenSuccessful, "sessions", session());
    close(failedThenSuccessful, "{\"outcome\":\"SUCCESS\",\"agreementType\":\"ORAL\"}");

    String day1 = "&from=" + first + "&to=" + first;
    String day2 = "&from=" + second + "&to=" + second;
    assertThat(ids("fact=registered" + day1))
        .containsExactly(open, successful, failedThenSuccessful);
    assertThat(ids("fact=declined" + day1)).containsExactly(declined);
    assertThat(ids("fact=mediated" + day1)).containsExactly(successful, failedThenSuccessful);
    assertThat(ids("fact=closed" + day1)).containsExactly(successful, failedThenSuccessful);
    assertThat(ids("fact=successful" + day1)).containsExactly(successful);
    assertThat(ids("fact=linkage" + day1)).containsExactly(successful);
    assertThat(ids("fact=mediated" + day2)).containsExactly(failedThenSuccessful);
    assertThat(ids("fact=successful" + day2)).containsExactly(failedThenSuccessful);
    assertThat(ids("fact=registered" + day2)).isEmpty();
    assertThat(ids("fact=judiciallyConfirmed" + day1)).isEmpty();
    assertThat(ids("fact=open")).containsExactly(open);
    assertThat(ids("fact=overdue")).isEmpty();
    watcher.markOverdueCases();
    assertThat(ids("fact=overdue")).containsExactly(open);
    assertThat(ids("fact=mediated&type=NEIGHBOURHOOD" + day1))
        .containsExactly(successful, failedThenSuccessful);
    assertThat(ids(search("fact=mediated&district=TIELI" + day1, "mediator"))).isEmpty();
    assertThat(ids("fact=successful&body=NO_SUCH_BODY" + day1)).isEmpty();

    JsonNode page0 = search("fact=mediated&type=NEIGHBOURHOOD&size=1" + day1, "manager");
    assertThat(page0.get("hasNext").asBoolean()).isTrue();
    JsonNode page1 = search("fact=mediated&type=NEIGHBOURHOOD&size=1&page=1" + day1, "manager");
    assertThat(page1.get("hasNext").asBoolean()).isFalse();
    assertThat(List.of(ids(page0).get(0), ids(page1).get(0)))
        .containsExactly(successful, failedThenSuccessful);

    // A case stored before closings were listed gets them from its audit trail.
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(failedThenSuccessful)),
        new Update().unset("closings"),
        "cases");
    assertThat(ids("fact=mediated" + day1)).containsExactly(successful);
    upgrade.listClosings();
    assertThat(ids("fact=mediated" + day1)).containsExactly(successful, failedThenSuccessful);
  }

  @Test
  void badFactsAndDaysAreNamedInA400Problem() throws Exception {
    expectBad("fact=received", "fact");
    expectBad("fact=closed&from=2026-02-30", "from");
    expectBad("fact=closed&from=2026-03-02&to=2026-03-01", "to");
    expectBad("fact=open&from=2026-03-01", "from");
    expectBad("disputeType=LABOUR&type=NEIGHBOURHOOD", "type");
  }

  @Test
  void aManagerListsCasesButMayNotOpenOrWorkOne() throws Exception {
    String id = register("LABOUR");
    JsonNode row = search("fact=open&type=LABOUR", "manager").get("items").get(0);
    assertThat(row.has("parties")).isFalse();
    assertThat(row.has("summary")).isFalse();
    mvc.perform(get("/api/cases/" + id).with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/cases/" + id + "/decline")
                .with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"OUTSIDE_SCOPE\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/cases")
                .with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(CASE.formatted("LABOUR")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/cases").with(httpBasic("agent", "agent")))
        .andExpect(status().isForbidden());
  }

  private void expectBad(String query, String field) throws Exception {
    mvc.perform(get("/api/cases?" + query).with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(field)));
  }

  private String register() throws Exception {
    return register("NEIGHBOURHOOD");
  }

  private String register(String disputeType) throws Exception {
    return json(mvc.perform(
                post("/api/cases")
                    .with(httpBasic("mediator", "mediator"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(CASE.formatted(disputeType)))
            .andExpect(status().isCreated()))
        .get("id")
        .asString();
  }

  /** Registered, given to mediator2 (a linkage body) by the lead and one session held. */
  private String mediating() throws Exception {
    String id = register();
    mvc.perform(
            post("/api/cases/" + id + "/assign")
                .with(httpBasic("lead", "lead"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"mediator\":\"M_YIMEI_02\"}"))
        .andExpect(status().isOk());
    act(id, "sessions", session());
    return id;
  }

  private void close(String id, String body) throws Exception {
    act(id, "close", body);
  }

  private void act(String id, String action, String body) throws Exception {
    String user = "decline".equals(action) ? "mediator" : "mediator2";
    mvc.perform(
            post("/api/cases/" + id + "/" + action)
                .with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk());
  }

  private String session() {
    return "{\"date\":\"" + today() + "\",\"participants\":[\"张三\"],\"notes\":\"调解\"}";
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CITY);
  }

  /** The cases of this test's dispute type (another test registers a LABOUR one). */
  private List<String> ids(String query) throws Exception {
    return ids(search(query + "&disputeType=NEIGHBOURHOOD", "mediator"));
  }

  private JsonNode search(String query, String user) throws Exception {
    return json(
        mvc.perform(get("/api/cases?" + query).with(httpBasic(user, user)))
            .andExpect(status().isOk()));
  }

  private static List<String> ids(JsonNode page) {
    return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
  }

  private static JsonNode json(ResultActions result) throws Exception {
    return JsonMapper.shared()
        .readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }
}
