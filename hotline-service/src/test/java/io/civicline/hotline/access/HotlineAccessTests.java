package io.civicline.hotline.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.privacy.PersonalDataAccess;
import io.civicline.kit.privacy.PersonalDataLog;
import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.CaseServiceTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may read and act on which ticket, tried through the HTTP door as an attacker would:
 * department staff without a department, HEAD beside GET.
 */
@CaseServiceTest(database = "hotline")
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class HotlineAccessTests {

  static final String TICKET =
      """
      {"channel":"PHONE","category":"COMPLAINT","topic":"HEATING","district":"YIMEI",
       "caller":{"name":"王五","phone":"%s"},"description":"暖气不热"}
      """;

  /**
   * A DEPARTMENT account without a department, as a stored account or an identity provider could
   * present it (configured users and tokens without one are refused before they get here).
   */
  static final RequestPostProcessor NO_DEPARTMENT = user("nodept").roles("DEPARTMENT");

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;

  @Test
  void departmentStaffWithoutADepartmentCannotReadActOnOrListAnotherDepartmentsTicket()
      throws Exception {
    String id = dispatchedTo("WATER_CO", "13700000001");

    for (MockHttpServletRequestBuilder read :
        List.of(
            get("/api/tickets/" + id),
            get("/api/tickets"),
            get("/api/tickets").param("q", "暖气"),
            get("/api/tickets/queue"),
            get("/api/tickets/at-risk"))) {
      mvc.perform(read.with(NO_DEPARTMENT))
          .andExpect(status().isForbidden())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.detail").value(Matchers.containsString("no department")));
    }
    mvc.perform(head("/api/tickets/" + id).with(NO_DEPARTMENT)).andExpect(status().isForbidden());
    mvc.perform(
            post("/api/tickets/" + id + "/sign")
                .with(NO_DEPARTMENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("no department")));

    mvc.perform(get("/api/tickets/" + id).with(httpBasic("agent", "agent")))
        .andExpect(jsonPath("$.status").value("DISPATCHED"))
        .andExpect(jsonPath("$.version").value(2));
  }

  @Test
  void departmentStaffWithoutADepartmentGetNoConsolePage() throws Exception {
    String id = dispatchedTo("WATER_CO", "13700000002");

    for (String page :
        new String[] {
          "/console", "/console/search", "/console/at-risk", "/console/tickets/" + id
        }) {
      mvc.perform(get(page).with(NO_DEPARTMENT)).andExpect(status().isForbidden());
    }
    mvc.perform(
            post("/console/tickets/" + id + "/sign")
                .with(NO_DEPARTMENT)
                .with(csrf())
                .param("version", "2"))
        .andExpect(status().isForbidden());

    mvc.perform(get("/api/tickets/" + id).with(httpBasic("agent", "agent")))
        .andExpect(jsonPath("$.status").value("DISPATCHED"));
  }

  @Test
  void headOfATicketIsRefusedWhereverGetIs() throws Exception {
    String id = dispatchedTo("WATER_CO", "13700000003");

    for (String user : new String[] {"manager", "heating"}) {
      mvc.perform(get("/api/tickets/" + id).with(httpBasic(user, user)))
          .andExpect(status().isForbidden());
      mvc.perform(head("/api/tickets/" + id).with(httpBasic(user, user)))
          .andExpect(status().isForbidden())
          .andExpect(header().doesNotExist("ETag"));
    }
    mvc.perform(head("/api/tickets/" + id).with(httpBasic("agent", "agent")))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"2\""));
    mvc.perform(options("/api/tickets/" + id).with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
  }

  @Test
  void thePhoneSearchIsNoOracleForThoseWhoSeePhonesMasked() throws Exception {
    dispatchedTo("HEATING_CO", "13812345678");
    List<String> guesses = List.of("13812345678", "138****5678", "138XXXX5678", "12345678");

    for (String user : new String[] {"admin", "heating", "water"}) {
      for (String guess : guesses) {
        assertThat(found(user, guess)).as(user + " " + guess).isEmpty();
      }
    }
    mvc.perform(get("/api/tickets").param("q", "13812345678").with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
    assertThat(searchesBy("admin")).isEmpty();
  }

  @Test
  void anAgentFindsACallerByTheWholeNumberOnlyAndEverySearchIsRecorded() throws Exception {
    String id = receive("13812340000");

    for (String partial : new String[] {"1381234000", "138****0000", "3812340000", "0000"}) {
      assertThat(found("agent", partial)).as(partial).isEmpty();
    }
    assertThat(found("agent", "13812340000")).containsExactly(id);

    List<PersonalDataAccess> searches = searchesBy("agent");
    assertThat(searches).extracting(PersonalDataAccess::route).contains("GET /api/tickets");
    assertThat(searches).anySatisfy(s -> assertThat(s.records()).containsExactly(id));
    assertThat(mongo.getCollection(PersonalDataLog.COLLECTION).find().into(new ArrayList<>()))
        .allSatisfy(entry -> assertThat(entry.toJson()).doesNotContain("1381234"));
  }

  @Test
  void theTwentyFirstPhoneSearchInAMinuteIs429WithRetryAfter() throws Exception {
    RequestPostProcessor busy = user("busy-agent").roles("AGENT");
    ApiCalls asBusy = new ApiCalls(mvc, "/api/tickets", name -> user(name).roles("AGENT"));
    for (int i = 0; i < 20; i++) {
      asBusy.itemIds("/api/tickets?q=1390000" + String.format("%04d", i), "busy-agent");
    }
    mvc.perform(get("/api/tickets").param("q", "13900009999").with(busy))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/console/search").param("q", "13900009999").with(busy))
        .andExpect(status().isTooManyRequests());
    assertThat(asBusy.itemIds("/api/tickets?q=暖气", "busy-agent")).isNotEmpty();
  }

  @Test
  void theHoldingDepartmentSeesThePhoneUntilTheTicketLeavesItAndEachViewIsRecorded()
      throws Exception {
    String id = dispatchedTo("HEATING_CO", "13855550001");

    mvc.perform(get("/api/tickets/" + id).with(httpBasic("heating", "heating")))
        .andExpect(jsonPath("$.caller.phone").value("13855550001"))
        .andExpect(jsonPath("$.caller.name").value("王*"));
    String page =
        mvc.perform(get("/console/tickets/" + id).with(httpBasic("heating", "heating")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("13855550001").doesNotContain("王五");
    assertThat(shownOf(id, "heating"))
        .extracting(PersonalDataAccess::route, PersonalDataAccess::fields)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GET /api/tickets/{id}", List.of("caller.phone")),
            org.assertj.core.groups.Tuple.tuple(
                "GET /console/tickets/{id}", List.of("caller.phone")));

    api().acted(id, "sign", "heating", "{}");
    api().acted(id, "reply", "heating", "{\"result\":\"RESOLVED\",\"note\":\"已修复\"}");
    int recorded = shownOf(id, "heating").size();
    mvc.perform(get("/api/tickets/" + id).with(httpBasic("heating", "heating")))
        .andExpect(jsonPath("$.status").value("REPLIED"))
        .andExpect(jsonPath("$.caller.phone").value("138****0001"));
    assertThat(shownOf(id, "heating")).hasSize(recorded);
  }

  @Test
  void agentsSeeTheCallerInFullAndEachDisplayIsRecordedOthersSeeItMasked() throws Exception {
    String id = receive("13855550002");

    mvc.perform(get("/api/tickets/" + id).with(httpBasic("agent", "agent")))
        .andExpect(jsonPath("$.caller.name").value("王五"));
    mvc.perform(get("/console/tickets/" + id).with(httpBasic("agent", "agent")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/tickets/" + id).with(httpBasic("admin", "admin")))
        .andExpect(jsonPath("$.caller.phone").value("138****0002"));

    assertThat(shownOf(id, "agent"))
        .extracting(PersonalDataAccess::route)
        .contains("GET /api/tickets/{id}", "GET /console/tickets/{id}");
    assertThat(shownOf(id, "agent").get(0).fields()).containsExactly("caller.name", "caller.phone");
    assertThat(shownOf(id, "admin")).isEmpty();
  }

  @Test
  void adminsReadTheAccessLogNewestFirstAndNobodyElseDoes() throws Exception {
    String id = dispatchedTo("HEATING_CO", "13855550003");
    mvc.perform(get("/api/tickets/" + id).with(httpBasic("agent", "agent")));
    mvc.perform(get("/api/tickets/" + id).with(httpBasic("heating", "heating")));

    mvc.perform(
            get("/api/personal-data-access")
                .param("record", id)
                .param("size", "1")
                .with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].user").value("heating"))
        .andExpect(jsonPath("$.items[0].kind").value("SHOWN"))
        .andExpect(jsonPath("$.hasNext").value(true));
    mvc.perform(
            get("/api/personal-data-access")
                .param("user", "agent")
                .param("record", id)
                .param("from", "2000-01-01T00:00:00Z")
                .with(httpBasic("admin", "admin")))
        .andExpect(jsonPath("$.items[0].route").value("GET /api/tickets/{id}"));
    assertThat(
            api().refused("/api/personal-data-access?from=yesterday&size=0", "admin").get("errors"))
        .hasSize(2);
    for (String user : new String[] {"agent", "heating", "manager"}) {
      mvc.perform(get("/api/personal-data-access").with(httpBasic(user, user)))
          .andExpect(status().isForbidden());
    }
  }

  private List<PersonalDataAccess> shownOf(String record, String user) {
    return mongo.find(
        Query.query(
            Criteria.where("user").is(user).and("kind").is("SHOWN").and("records").is(record)),
        PersonalDataAccess.class,
        PersonalDataLog.COLLECTION);
  }

  private ApiCalls api() {
    return new ApiCalls(mvc, "/api/tickets");
  }

  private List<String> found(String user, String q) throws Exception {
    return api().itemIds("/api/tickets?q=" + q, user);
  }

  private List<PersonalDataAccess> searchesBy(String user) {
    return mongo.find(
        Query.query(Criteria.where("user").is(user).and("kind").is("SEARCHED")),
        PersonalDataAccess.class,
        PersonalDataLog.COLLECTION);
  }

  private String dispatchedTo(String department, String phone) throws Exception {
    String body = "{\"department\":\"" + department + "\"}";
    return api().acted(receive(phone), "dispatch", "agent", body);
  }

  private String receive(String phone) throws Exception {
    return api().created("agent", TICKET.formatted(phone));
  }
}
