package io.civicline.mediation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.mediation.IntakeDesk;
import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.domain.HotlineReferral;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The mediator console's forms without a browser: what a mediator sees when a form is wrong, the
 * case changed under them, its state forbids the action or the case is another mediator's. Never a
 * 500, never a lost text, never a party's data to a mediator who does not work the case.
 */
@CaseServiceTest(database = "mediation", partitions = 3)
@AutoConfigureMockMvc
@TestPropertySource(
    locations = {
      "classpath:civicline-test-users.properties",
      "classpath:mediation-test-users.properties"
    })
class ConsoleFormTests {

  static final String SUMMARY = "楼上漏水，<b>天花板</b>发霉";
  static final String ID_NUMBER = "230702198503121235";

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired IntakeDesk intake;
  @Autowired MediationDesk desk;

  @Test
  void aBadIntakeFormComesBackWithEachFieldErrorAndTheTypedText() throws Exception {
    long before = mongo.getCollection("cases").countDocuments();

    String page =
        mvc.perform(
                intake("mediator")
                    .param("disputeType", "")
                    .param("parties[0].role", "APPLICANT")
                    .param("parties[0].name", "张三")
                    .param("parties[0].phone", "12345")
                    .param("parties[0].idNumber", "230702198503121234")
                    .param("parties[1].role", "APPLICANT")
                    .param("parties[1].name", "李四")
                    .param("parties[2].role", "JUDGE"))
            .andExpect(status().isOk())
            .andExpect(view().name("console/intake"))
            .andExpect(
                model()
                    .attributeHasFieldErrors(
                        "intake",
                        "disputeType",
                        "parties[0].phone",
                        "parties[0].idNumber",
                        "parties[2].role",
                        "parties"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(page)
        .contains("请更正标红的内容", "格式不正确")
        .contains("须为 11 位手机号或带区号的固定电话", "须为 18 位居民身份证号码", "至少需要一名申请人和一名被申请人", "必填")
        .contains("楼上漏水，&lt;b&gt;天花板&lt;/b&gt;发霉")
        .contains("value=\"张三\"", "value=\"12345\"");
    assertThat(mongo.getCollection("cases").countDocuments()).isEqualTo(before);
  }

  @Test
  void anUnknownCodeComesBackAsAFieldErrorInTheChosenLanguage() throws Exception {
    mvc.perform(
            bothSides(intake("mediator"))
                .param("disputeType", "NEIGHBOURHOOD")
                .param("district", "ATLANTIS")
                .param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrors("intake", "district"))
        .andExpect(content().string(containsString("Unknown code")))
        .andExpect(content().string(containsString("天花板")));
  }

  @Test
  void moreLinesForPartiesKeepTheFormWithoutComplaining() throws Exception {
    mvc.perform(intake("mediator").param("parties[0].name", "张三").param("intent", "more"))
        .andExpect(status().isOk())
        .andExpect(model().hasNoErrors())
        .andExpect(content().string(containsString("id=\"parties4.name\"")))
        .andExpect(content().string(containsString("value=\"张三\"")));
  }

  @Test
  void aDisputeCanBeRegisteredAsDeclinedWithItsReason() throws Exception {
    mvc.perform(bothSides(complete(intake("mediator"))).param("intent", "decline"))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrors("intake", "declineReason"));

    String page =
        register(
            bothSides(complete(intake("mediator")))
                .param("intent", "decline")
                .param("declineReason", "BEFORE_COURT"),
            "不予受理");
    mvc.perform(get(page).with(httpBasic("mediator", "mediator")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已诉讼")))
        .andExpect(content().string(containsString("您目前不能对此案件执行任何操作")));
  }

  @Test
  void aStaleVersionShowsTheConflictWarningAndTheCaseAsItIsNow() throws Exception {
    String page = registerAndTakeOn();

    MvcResult stale =
        mvc.perform(action(page, "session", 1, "mediator").param("date", today()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("warning", containsString("第 1 版，现在是第 2 版")))
            .andReturn();

    mvc.perform(get(page).with(httpBasic("mediator", "mediator")).flashAttrs(stale.getFlashMap()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("案件在您查看后已被他人修改")))
        .andExpect(content().string(containsString("调解中")))
        .andExpect(content().string(containsString("尚无调解记录")));
  }

  @Test
  void anActionTheStateForbidsIsAWarningAndAMissingFieldIsNamed() throws Exception {
    String page = registerAndTakeOn();
    mvc.perform(
            action(page, "close", 2, "mediator")
                .param("outcome", "SUCCESS")
                .param("agreementType", "WRITTEN"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("warning", containsString("操作未执行")));
    mvc.perform(action(page, "close", 2, "mediator").param("outcome", "SUCCESS"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", containsString("协议形式")));
    mvc.perform(action(page, "close", 2, "mediator").param("amount", "五千"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", containsString("涉及金额")));
    mvc.perform(action(page, "session", 2, "mediator").param("date", "2999-01-01"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", containsString("调解日期")));
  }

  @Test
  void othersSeeThePartiesMaskedAndOnlyTheAdminMayReassign() throws Exception {
    String page = registerAndTakeOn();

    mvc.perform(get(page).with(httpBasic("mediator2", "mediator2")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("张*"),
                        containsString("138****0000"),
                        containsString("当事人信息已脱敏"),
                        not(containsString("13800000000")),
                        not(containsString(ID_NUMBER)),
                        not(containsString("id=\"act-session\"")),
                        not(containsString("id=\"act-assign\"")),
                        containsString("您目前不能对此案件执行任何操作"))));
    mvc.perform(action(page, "session", 2, "mediator2").param("date", today()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", containsString("无权执行")));
    mvc.perform(action(page, "assign", 2, "mediator2").param("mediator", "M_YIMEI_02"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", containsString("无权执行")));

    mvc.perform(get(page).with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("138****0000")))
        .andExpect(content().string(not(containsString("13800000000"))))
        .andExpect(content().string(containsString("id=\"act-assign\"")));
  }

  @Test
  void aCaseReferredFromTheHotlineLinksBothWays() throws Exception {
    String ticketId = "65f1c0ffee0000000000beef";
    MediationCase referred =
        intake
            .registerReferral(
                new RegisterCase(
                    "NEIGHBOURHOOD",
                    "YIMEI",
                    null,
                    "HOTLINE",
                    List.of(new Party(PartyRole.APPLICANT, "王五", "13900000009", null)),
                    "邻居装修噪音",
                    new HotlineReferral(
                        ticketId, "12345-20261127-000001", "referral-1", Instant.now()),
                    MediationCase.HOTLINE_REFERRAL))
            .orElseThrow();

    mvc.perform(get("/console/cases/by-ticket/" + ticketId).with(httpBasic("mediator", "mediator")))
        .andExpect(redirectedUrl("/console/cases/" + referred.id()));
    mvc.perform(get("/console/cases/" + referred.id()).with(httpBasic("mediator", "mediator")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "href=\"http://127.0.0.1:8081/console/tickets/" + ticketId + "\"")))
        .andExpect(content().string(containsString("12345-20261127-000001")));

    mvc.perform(get("/console/cases/by-ticket/nope").with(httpBasic("mediator", "mediator")))
        .andExpect(redirectedUrl("/console/cases?ticket=nope"));
    mvc.perform(get("/console/cases?ticket=nope").with(httpBasic("mediator", "mediator")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("还没有来自 12345 工单 nope 的案件")));
  }

  @Test
  void aSearchWithAFilterItCannotReadIsA400PageWithTheFormAsTyped() throws Exception {
    registerAndTakeOn();
    mvc.perform(
            get("/console/cases")
                .param("status", "NOPE")
                .param("from", "yesterday")
                .param("district", "YIMEI")
                .with(httpBasic("mediator", "mediator")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("查询条件有误")))
        .andExpect(content().string(containsString("状态: 格式不正确; 受理日期自: 格式不正确")))
        .andExpect(content().string(containsString("value=\"yesterday\"")))
        .andExpect(content().string(not(containsString("MED-"))));
  }

  @Test
  void myCasesShowsTheOpenCasesAssignedToMeAndThoseWaitingForAMediator() throws Exception {
    String mine = registerAndTakeOn();
    String waiting =
        register(bothSides(complete(intake("mediator"))).param("assignToMe", "false"), "已受理");
    String page =
        mvc.perform(get("/console").with(httpBasic("mediator", "mediator")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String mineTable = page.substring(page.indexOf("id=\"mine\""), page.indexOf("id=\"waiting\""));
    String waitingTable = page.substring(page.indexOf("id=\"waiting\""));
    assertThat(mineTable).contains(mine).doesNotContain(waiting);
    assertThat(waitingTable).contains(waiting).doesNotContain(mine);
  }

  @Test
  void anUnknownCaseIsAPageNotAProblemDocument() throws Exception {
    mvc.perform(get("/console/cases/nope").with(httpBasic("mediator", "mediator")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("text/html"))
        .andExpect(content().string(containsString("没有这个案件")));
  }

  @Test
  void onlyMediatorsAndAdminsUseTheConsoleAndOnlyMediatorsRegister() throws Exception {
    mvc.perform(get("/console").with(httpBasic("agent", "agent")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith("text/html"));
    mvc.perform(get("/console/cases/new").with(httpBasic("admin", "admin")))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("您的角色无权使用此页面")));
  }

  private MockHttpServletRequestBuilder intake(String user) {
    return post("/console/cases")
        .with(httpBasic(user, user))
        .with(csrf())
        .param("district", "YIMEI")
        .param("source", "WALK_IN")
        .param("summary", SUMMARY);
  }

  private static MockHttpServletRequestBuilder complete(MockHttpServletRequestBuilder intake) {
    return intake.param("disputeType", "NEIGHBOURHOOD");
  }

  private static MockHttpServletRequestBuilder bothSides(MockHttpServletRequestBuilder intake) {
    return intake
        .param("parties[0].role", "APPLICANT")
        .param("parties[0].name", "张三")
        .param("parties[0].phone", "13800000000")
        .param("parties[0].idNumber", ID_NUMBER)
        .param("parties[1].role", "RESPONDENT")
        .param("parties[1].name", "李四");
  }

  /** Registers the case and gives it to mediator (version 2); returns its page. */
  private String registerAndTakeOn() throws Exception {
    return register(bothSides(complete(intake("mediator"))).param("assignToMe", "true"), "由您调解");
  }

  private String register(MockHttpServletRequestBuilder intake, String notice) throws Exception {
    return mvc.perform(intake)
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", containsString(notice)))
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  private String today() {
    return java.time.LocalDate.ofInstant(desk.now(), desk.rules().zone()).toString();
  }

  private static MockHttpServletRequestBuilder action(
      String page, String action, long version, String user) {
    return post(page + "/" + action)
        .with(httpBasic(user, user))
        .with(csrf())
        .param("version", Long.toString(version));
  }
}
