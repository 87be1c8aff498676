package io.civicline.mediation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.mediation.IntakeDesk;
import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Outcome;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The console's case list as the drill-down from the manager dashboard: the figure's cases under a
 * caption naming the figure and period, for a manager without a way into a case; a parameter that
 * cannot be read is a 400 page naming it.
 */
@CaseServiceTest(database = "mediation")
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class DrillDownPageTests {

  @Autowired MockMvc mvc;
  @Autowired IntakeDesk intake;
  @Autowired MediationDesk desk;

  @Test
  void aManagerSeesTheCasesBehindAFigureUnderItsCaptionWithoutAWayIntoThem() throws Exception {
    MediatedCases cases = new MediatedCases(intake, desk);
    MediationCase successful = cases.closed("WUCUI", Outcome.SUCCESS);
    MediationCase failed = cases.closed("WUCUI", Outcome.FAILED);
    MediationCase elsewhere = cases.closed("JINLIN", Outcome.SUCCESS);
    String today = cases.today().toString();
    String drillDown =
        "/console/cases?fact=successful&from=" + today + "&to=" + today + "&district=WUCUI";

    String page = page(get(drillDown), "manager", status().isOk());

    assertThat(page)
        .contains("调解成功 " + today + " – " + today + ", 乌翠区")
        .contains(successful.number())
        .doesNotContain(failed.number(), elsewhere.number())
        .doesNotContain("/console/cases/" + successful.id(), "/console/cases/new")
        .doesNotContain("href=\"/console\"");
    assertThat(page(get(drillDown + "&lang=en"), "manager", status().isOk()))
        .contains("Successful " + today + " – " + today + ", Wucui District");
    assertThat(page(get(drillDown), "mediator", status().isOk()))
        .contains("href=\"/console/cases/" + successful.id() + "\"");
  }

  @Test
  void aManagerMayOpenNoOtherConsolePage() throws Exception {
    MediationCase closed = new MediatedCases(intake, desk).closed("YIMEI", Outcome.SUCCESS);
    String casePage = "/console/cases/" + closed.id();

    assertThat(page(get(casePage), "manager", status().isForbidden()))
        .contains("您的角色无权使用此页面")
        .doesNotContain("张三");
    page(get("/console"), "manager", status().isForbidden());
    page(get("/console/cases/new"), "manager", status().isForbidden());
    page(get("/console/cases/by-ticket/" + closed.id()), "manager", status().isForbidden());
    page(
        post(casePage + "/follow-up").with(csrf()).param("performance", "FULFILLED"),
        "manager",
        status().isForbidden());
    page(post("/console/cases").with(csrf()), "manager", status().isForbidden());
    page(get("/console/cases?fact=open"), "agent", status().isForbidden());
  }

  @Test
  void aParameterThatCannotBeReadIsA400PageNamingIt() throws Exception {
    assertThat(page(get("/console/cases?fact=received"), "manager", status().isBadRequest()))
        .contains("查询条件有误", "统计指标（fact）: must be one of the mediation figures");
    assertThat(
            page(
                get("/console/cases?fact=closed&from=2026-02-30&district=YIMEI"),
                "manager",
                status().isBadRequest()))
        .contains("受理日期自: 格式不正确", "value=\"2026-02-30\"");
    assertThat(
            page(
                get("/console/cases?fact=closed&from=2026-03-02&to=2026-03-01"),
                "mediator",
                status().isBadRequest()))
        .contains("受理日期至: must not be before from");
    assertThat(
            page(
                get("/console/cases?fact=open&from=2026-03-01"),
                "manager",
                status().isBadRequest()))
        .contains("受理日期自: a live figure has no dates");
    assertThat(
            page(
                get("/console/cases?disputeType=LABOUR&type=NEIGHBOURHOOD&lang=en"),
                "manager",
                status().isBadRequest()))
        .contains("The search could not be run", "Dispute type (type): names another dispute type");
    assertThat(page(get("/console/cases?status=NOPE&page=-3"), "mediator", status().isBadRequest()))
        .contains("状态: 格式不正确");
  }

  private String page(MockHttpServletRequestBuilder request, String user, ResultMatcher status)
      throws Exception {
    return mvc.perform(request.with(httpBasic(user, user)))
        .andExpect(status)
        .andExpect(content().contentTypeCompatibleWith("text/html"))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
