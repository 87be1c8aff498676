package io.civicline.hotline.web;

import static io.civicline.kit.testing.ConsoleCalls.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.ConsoleCalls;
import io.civicline.kit.testing.ConsoleIntakeContract;
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
 * The console's forms without a browser: what an agent sees when a form is wrong or the ticket
 * changed under them. Never a 500, never a lost text.
 */
@CaseServiceTest(database = "hotline", partitions = 3)
@AutoConfigureMockMvc
@Import(ConsoleCalls.class)
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class ConsoleFormTests implements ConsoleIntakeContract {

  static final String DESCRIPTION = "楼道灯坏了三天，<b>老人</b>上下楼不便";

  static final String AGENT = "agent";

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired ConsoleCalls console;

  @Test
  void aStaleVersionShowsTheConflictWarningAndTheTicketAsItIsNow() throws Exception {
    String ticket = receive();
    assertThat(console.notice(action(ticket, "dispatch", 1).param("department", "URBAN_MGMT")))
        .contains("派单");

    MvcResult stale = console.redirected(action(ticket, "supervise", 1).param("note", "群众反映强烈"));
    assertThat(stale.getFlashMap().get("warning")).asString().contains("第 1 版，现在是第 2 版");

    assertThat(console.page(ticket, AGENT, stale.getFlashMap()))
        .contains("工单在您查看后已被他人修改", "已交办")
        .doesNotContain("群众反映强烈");
  }

  @Test
  void anActionTheStatusForbidsIsAWarningNotAnError() throws Exception {
    String ticket = receive();
    assertThat(console.warning(action(ticket, "close", 1))).contains("操作未执行");
    assertThat(console.error(action(ticket, "reopen", 1))).contains("原因");
  }

  @Test
  void aReferredTicketLinksToItsCaseInTheMediatorConsole() throws Exception {
    String ticket = receive();
    console.redirected(action(ticket, "refer", 1));
    String id = ticket.substring(ticket.lastIndexOf('/') + 1);

    assertThat(console.page(ticket, AGENT))
        .contains("href=\"http://127.0.0.1:8082/console/cases/by-ticket/" + id + "\"");
  }

  @Test
  void anAgentUrgesFromTheTicketPageAndARatedCallbackAsksWhetherItIsSolved() throws Exception {
    String ticket = receive();
    console.redirected(action(ticket, "dispatch", 1).param("department", "URBAN_MGMT"));
    assertThat(console.page(ticket, AGENT)).contains("id=\"act-urge\"");
    assertThat(console.notice(action(ticket, "urge", 2).param("note", "市民再次来电"))).contains("催办");
    assertThat(
            console.notice(
                action(ticket, "reply", 3).param("result", "RESOLVED").param("note", "已处理")))
        .contains("办结答复");

    assertThat(console.error(callback(ticket, "SATISFIED"))).contains("问题是否解决");
    assertThat(console.error(callback(ticket, "UNREACHABLE").param("solved", "true")))
        .contains("问题是否解决");
    assertThat(console.notice(callback(ticket, "SATISFIED").param("solved", "true")))
        .contains("回访");

    assertThat(console.page(ticket, AGENT)).contains("<dt>催办</dt>", "<td>是</td>");
  }

  @Test
  void theReplyFormTakesAPublicReplyUnderItsHintAndRefusesATooLongOne() throws Exception {
    String ticket = receive();
    console.redirected(action(ticket, "dispatch", 1).param("department", "URBAN_MGMT"));
    assertThat(console.page(ticket, AGENT))
        .contains("name=\"publicReply\"", "公开答复：将向市民公开，请勿填写姓名、电话、地址等个人信息");

    assertThat(console.error(reply(ticket).param("publicReply", "长".repeat(501)))).contains("公开答复");
    assertThat(console.notice(reply(ticket).param("publicReply", "路灯已修复"))).contains("办结答复");
    assertThat(console.page(ticket, AGENT)).contains("路灯已修复");
  }

  @Test
  void aBadDispatchFormShowsItsFieldErrorsAndLeavesTheTicketAsItWas() throws Exception {
    String ticket = receive();
    MvcResult bad =
        console.redirected(
            action(ticket, "dispatch", 1).param("department", " ").param("note", "长".repeat(1001)));
    String error = (String) bad.getFlashMap().get("error");
    assertThat(error).contains("承办单位", "备注");
    assertThat(
            console.error(
                action(ticket, "dispatch", 1)
                    .param("department", "URBAN_MGMT")
                    .param("deadline", "31.03.2026")))
        .contains("办理时限");

    assertThat(console.page(ticket, AGENT, bad.getFlashMap())).contains(error);
    assertUnchanged(ticket);
  }

  @Test
  void aTooLongDuplicateReferenceIsAFieldErrorAndChangesNothing() throws Exception {
    String ticket = receive();
    assertThat(console.error(action(ticket, "duplicate-of", 1).param("original", "1".repeat(65))))
        .contains("原工单编号或ID");
    assertThat(
            console.error(
                form(ticket + "/duplicate-of", AGENT)
                    .param("original", "12345-1")
                    .param("version", "x")))
        .contains("版本");
    assertUnchanged(ticket);
  }

  @Test
  void anAgentGrantsAnExtensionThroughTheDecisionForm() throws Exception {
    String ticket = receive();
    assertThat(console.warning(action(ticket, "extend/decision", 1).param("decision", "GRANT")))
        .contains("操作未执行");
    assertThat(console.error(action(ticket, "extend/decision", 1).param("decision", "MAYBE")))
        .contains("decision");
  }

  @Test
  void aManagerMayUseTheSearchOfTheConsoleAndNothingElse() throws Exception {
    mvc.perform(get("/console").with(httpBasic("manager", "manager")))
        .andExpect(status().isFound())
        .andExpect(header().string("Location", "/console/search"));
    // No word search for a manager, in the header or on the page: it would reach personal data.
    assertThat(console.page("/console/search", "manager")).doesNotContain("name=\"q\"");
    assertThat(console.page("/console/search", AGENT)).contains("<form class=\"quick\"");
    mvc.perform(get("/console/tickets/new").with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith("text/html"));
    mvc.perform(get("/console/at-risk").with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
    mvc.perform(
            form("/console/tickets", "manager")
                .param("channel", "PHONE")
                .param("description", DESCRIPTION))
        .andExpect(status().isForbidden());
  }

  @Test
  void theIntakeTakesTheApisRulesAndShowsEachBrokenOneAtItsField() throws Exception {
    long before = mongo.getCollection("tickets").countDocuments();
    // Not anonymous and no phone: the API's rule, shown at the phone in the chosen language.
    assertThat(
            console.reshownIntake(
                intakeForm()
                    .param("category", "COMPLAINT")
                    .param("district", "YIMEI")
                    .param("caller.name", "王五")
                    .param("caller.phone", ""),
                "caller.phoneGivenUnlessAnonymous"))
        .contains("非匿名来电须填写联系电话", "王五");
    // A value of the wrong type (an urgency not in the list, a latitude not a number) is its
    // field's
    // error; the rest of the form comes back as typed.
    assertThat(
            console.reshownIntake(
                form("/console/tickets", AGENT)
                    .param("channel", "PHONE")
                    .param("district", "YIMEI")
                    .param("caller.phone", "13800000000")
                    .param("description", DESCRIPTION)
                    .param("urgency", "PANIC")
                    .param("place.latitude", "north")
                    .param("place.longitude", "129.1"),
                "urgency",
                "place.latitude",
                "category"))
        .contains("value=\"129.1\"", "13800000000");
    // A street of another district is refused at the street.
    assertThat(
            console.reshownIntake(
                completeIntake("YIMEI").param("place.street", "NANCHA_NANCHA"), "place.street"))
        .contains("无效的代码");
    assertThat(mongo.getCollection("tickets").countDocuments()).isEqualTo(before);
  }

  @Test
  void aFormWithoutTheCallerAndPlaceFieldsComesBackAsAPageNotAFault() throws Exception {
    assertThat(
            console.reshownIntake(
                form("/console/tickets", AGENT).param("description", DESCRIPTION),
                "channel",
                "category",
                "district"))
        .contains("id=\"caller.phone\"", "id=\"place.street\"");
  }

  @Test
  void anAnonymousCallNeedsNoPhone() throws Exception {
    MvcResult created =
        console.redirected(
            intakeForm()
                .param("category", "INQUIRY")
                .param("district", "YIMEI")
                .param("caller.anonymous", "true")
                .param("_caller.anonymous", "on"));
    String ticket = created.getResponse().getRedirectedUrl();
    mvc.perform(
            get("/api/tickets/" + ticket.substring(ticket.lastIndexOf('/') + 1))
                .with(httpBasic(AGENT, AGENT)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caller.anonymous").value(true))
        .andExpect(jsonPath("$.caller.phone").doesNotExist());
  }

  @Override
  public Intake intake() {
    return new Intake(console, AGENT, mongo, "tickets", "/console/tickets", DESCRIPTION, "没有这张工单");
  }

  @Override
  public MockHttpServletRequestBuilder completeIntake(String district) {
    return intakeForm()
        .param("category", "COMPLAINT")
        .param("district", district)
        .param("caller.phone", "13800000000");
  }

  @Override
  public BadIntake badIntake() {
    return new BadIntake(
        intakeForm()
            .param("category", "")
            .param("district", "YIMEI")
            .param("caller.name", "李四")
            .param("caller.phone", "12345"),
        List.of("category", "caller.phone"),
        List.of("须为 11 位手机号或带区号的固定电话", "必填"),
        List.of("李四", "12345"));
  }

  private MockHttpServletRequestBuilder intakeForm() {
    return form("/console/tickets", AGENT)
        .param("channel", "PHONE")
        .param("urgency", "NORMAL")
        .param("description", DESCRIPTION);
  }

  private String receive() throws Exception {
    MvcResult created = console.redirected(completeIntake("YIMEI"));
    assertThat(created.getFlashMap().get("notice")).asString().contains("已登记工单 12345-");
    return created.getResponse().getRedirectedUrl();
  }

  /** Still as received: version 1, no department. */
  private void assertUnchanged(String ticket) throws Exception {
    String id = ticket.substring(ticket.lastIndexOf('/') + 1);
    mvc.perform(get("/api/tickets/" + id).with(httpBasic("agent", "agent")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.status").value("RECEIVED"));
  }

  /** The reply form of a dispatched ticket (version 2). */
  private static MockHttpServletRequestBuilder reply(String ticket) {
    return action(ticket, "reply", 2).param("result", "RESOLVED").param("note", "已处理");
  }

  /** The callback form of a replied ticket (version 4) with this rating. */
  private static MockHttpServletRequestBuilder callback(String ticket, String rating) {
    return action(ticket, "callback", 4).param("rating", rating);
  }

  private static MockHttpServletRequestBuilder action(String ticket, String action, long version) {
    return ConsoleCalls.action(ticket, action, version, AGENT);
  }
}
