package io.civicline.mediation.web;

import static io.civicline.kit.testing.ConsoleCalls.action;
import static io.civicline.kit.testing.ConsoleCalls.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.ConsoleCalls;
import io.civicline.kit.testing.ConsoleIntakeContract;
import io.civicline.mediation.IntakeDesk;
import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.domain.HotlineReferral;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
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
@Import(ConsoleCalls.class)
@TestPropertySource(
    locations = {
      "classpath:civicline-test-users.properties",
      "classpath:mediation-test-users.properties"
    })
class ConsoleFormTests implements ConsoleIntakeContract {

  static final String SUMMARY = "楼上漏水，<b>天花板</b>发霉";
  static final String ID_NUMBER = "230702198503121235";
  static final String MEDIATOR = "mediator";

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired IntakeDesk intake;
  @Autowired MediationDesk desk;
  @Autowired ConsoleCalls console;

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
        .andExpect(model().attributeHasFieldErrors("intake", "decline.reason"));

    String page =
        register(
            bothSides(complete(intake(MEDIATOR)))
                .param("intent", "decline")
                .param("decline.reason", "BEFORE_COURT"),
            "不予受理");
    assertThat(console.page(page, MEDIATOR)).contains("已诉讼", "您目前不能对此案件执行任何操作");
  }

  @Test
  void aStaleVersionShowsTheConflictWarningAndTheCaseAsItIsNow() throws Exception {
    String page = registerAndTakeOn();

    MvcResult stale =
        console.redirected(action(page, "session", 1, MEDIATOR).param("date", today()));
    assertThat(stale.getFlashMap().get("warning")).asString().contains("第 1 版，现在是第 2 版");

    assertThat(console.page(page, MEDIATOR, stale.getFlashMap()))
        .contains("案件在您查看后已被他人修改", "调解中", "尚无调解记录");
  }

  @Test
  void anActionTheStateForbidsIsAWarningAndAMissingFieldIsNamed() throws Exception {
    String page = registerAndTakeOn();
    assertThat(
            console.warning(
                action(page, "close", 2, MEDIATOR)
                    .param("outcome", "SUCCESS")
                    .param("agreementType", "WRITTEN")))
        .contains("操作未执行");
    assertThat(console.error(action(page, "close", 2, MEDIATOR).param("outcome", "SUCCESS")))
        .contains("协议形式");
    assertThat(console.error(action(page, "close", 2, MEDIATOR).param("amount", "五千")))
        .contains("涉及金额");
    assertThat(console.error(action(page, "session", 2, MEDIATOR).param("date", "2999-01-01")))
        .contains("调解日期");
  }

  @Test
  void othersSeeThePartiesMaskedAndOnlyTheAdminMayReassign() throws Exception {
    String page = registerAndTakeOn();

    assertThat(console.page(page, "mediator2"))
        .contains("张*", "138****0000", "当事人信息已脱敏", "您目前不能对此案件执行任何操作")
        .doesNotContain("13800000000", ID_NUMBER, "id=\"act-session\"", "id=\"act-assign\"");
    assertThat(console.error(action(page, "session", 2, "mediator2").param("date", today())))
        .contains("无权执行");
    assertThat(
            console.error(action(page, "assign", 2, "mediator2").param("mediator", "M_YIMEI_02")))
        .contains("无权执行");

    assertThat(console.page(page, "admin"))
        .contains("138****0000", "id=\"act-assign\"")
        .doesNotContain("13800000000");
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
    assertThat(console.page("/console/cases/" + referred.id(), MEDIATOR))
        .contains(
            "href=\"http://127.0.0.1:8081/console/tickets/" + ticketId + "\"",
            "12345-20261127-000001");

    mvc.perform(get("/console/cases/by-ticket/nope").with(httpBasic("mediator", "mediator")))
        .andExpect(redirectedUrl("/console/cases?ticket=nope"));
    assertThat(console.page("/console/cases?ticket=nope", MEDIATOR))
        .contains("还没有来自 12345 工单 nope 的案件");
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
    String page = console.page("/console", MEDIATOR);
    String mineTable = page.substring(page.indexOf("id=\"mine\""), page.indexOf("id=\"waiting\""));
    String waitingTable = page.substring(page.indexOf("id=\"waiting\""));
    assertThat(mineTable).contains(mine).doesNotContain(waiting);
    assertThat(waitingTable).contains(waiting).doesNotContain(mine);
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

  @Override
  public Intake intake() {
    return new Intake(console, MEDIATOR, mongo, "cases", "/console/cases", SUMMARY, "没有这个案件");
  }

  @Override
  public MockHttpServletRequestBuilder completeIntake(String district) {
    return bothSides(complete(intake(MEDIATOR, district)));
  }

  @Override
  public BadIntake badIntake() {
    return new BadIntake(
        intake(MEDIATOR)
            .param("disputeType", "")
            .param("parties[0].role", "APPLICANT")
            .param("parties[0].name", "张三")
            .param("parties[0].phone", "12345")
            .param("parties[0].idNumber", "230702198503121234")
            .param("parties[1].role", "APPLICANT")
            .param("parties[1].name", "李四")
            .param("parties[2].role", "JUDGE"),
        List.of(
            "disputeType", "parties[0].phone", "parties[0].idNumber", "parties[2].role", "parties"),
        List.of(
            "请更正标红的内容", "格式不正确", "须为 11 位手机号或带区号的固定电话", "须为 18 位居民身份证号码", "至少需要一名申请人和一名被申请人", "必填"),
        List.of("张三", "12345"));
  }

  private MockHttpServletRequestBuilder intake(String user) {
    return intake(user, "YIMEI");
  }

  private MockHttpServletRequestBuilder intake(String user, String district) {
    return form("/console/cases", user)
        .param("district", district)
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
    return register(bothSides(complete(intake(MEDIATOR))).param("assignToMe", "true"), "由您调解");
  }

  private String register(MockHttpServletRequestBuilder intake, String notice) throws Exception {
    MvcResult registered = console.redirected(intake);
    assertThat(registered.getFlashMap().get("notice")).asString().contains(notice);
    return registered.getResponse().getRedirectedUrl();
  }

  private String today() {
    return java.time.LocalDate.ofInstant(desk.now(), desk.rules().zone()).toString();
  }
}
