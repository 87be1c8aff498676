package io.civicline.mediation.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.privacy.PersonalDataAccess;
import io.civicline.kit.privacy.PersonalDataLog;
import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.CaseServiceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** HEAD beside GET, and the search by a party's phone, tried through the HTTP door. */
@CaseServiceTest(database = "mediation")
@AutoConfigureMockMvc
@TestPropertySource(
    locations = {
      "classpath:civicline-test-users.properties",
      "classpath:mediation-test-users.properties"
    })
class MediationAccessTests {

  static final String CASE =
      """
      {"disputeType":"NEIGHBOURHOOD","district":"YIMEI","township":"旭日街道","source":"WALK_IN",
       "parties":[{"role":"APPLICANT","name":"张三","phone":"%s"},{"role":"RESPONDENT","name":"李四"}],
       "summary":"楼上漏水"}
      """;

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;

  @Test
  void headOfACaseIsRefusedWhereverGetIs() throws Exception {
    String id = register("13600000001");

    mvc.perform(get("/api/cases/" + id).with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
    mvc.perform(head("/api/cases/" + id).with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
    mvc.perform(head("/api/cases/" + id).with(httpBasic("agent", "agent")))
        .andExpect(status().isForbidden());
    mvc.perform(head("/api/cases/" + id).with(httpBasic("mediator", "mediator")))
        .andExpect(status().isOk());
  }

  @Test
  void aMediatorsPhoneSearchFindsOnlyTheirOwnCasesAndOnlyByTheWholeNumber() throws Exception {
    String theirs = register("13612345678");
    String others = register("13612345679");
    assign(theirs, "M_YIMEI_02");
    assign(others, "M_YIMEI_01");

    assertThat(ids("mediator2", "13612345678")).containsExactly(theirs);
    assertThat(ids("mediator2", "13612345679")).isEmpty();
    for (String partial : new String[] {"1361234567", "136****5678", "136XXXX5678", "5678"}) {
      assertThat(ids("mediator2", partial)).as(partial).isEmpty();
    }
    for (String user : new String[] {"admin", "manager"}) {
      assertThat(ids(user, "13612345678")).as(user).isEmpty();
    }

    List<PersonalDataAccess> searches =
        mongo.find(
            Query.query(Criteria.where("user").is("mediator2").and("kind").is("SEARCHED")),
            PersonalDataAccess.class,
            PersonalDataLog.COLLECTION);
    assertThat(searches).hasSize(3);
    assertThat(searches.get(0).records()).containsExactly(theirs);
    assertThat(searches.get(0).route()).isEqualTo("GET /api/cases");
    mvc.perform(
            get("/api/personal-data-access")
                .param("user", "mediator2")
                .with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(3));
    mvc.perform(get("/api/personal-data-access").with(httpBasic("mediator2", "mediator2")))
        .andExpect(status().isForbidden());
  }

  private List<String> ids(String user, String q) throws Exception {
    return api().itemIds("/api/cases?q=" + q, user);
  }

  private void assign(String id, String mediator) throws Exception {
    api().acted(id, "assign", "admin", "{\"mediator\":\"" + mediator + "\"}");
  }

  private String register(String phone) throws Exception {
    return api().created("mediator", CASE.formatted(phone));
  }

  private ApiCalls api() {
    return new ApiCalls(mvc, "/api/cases");
  }
}
