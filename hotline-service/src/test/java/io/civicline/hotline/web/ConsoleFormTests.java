package io.civicline.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.civicline.kit.testing.CaseServiceTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class ConsoleFormTests {

  static final String DESCRIPTION = "楼道灯坏了三天，<b>老人</b>上下楼不便";

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;

  @Test
  void aBadIntakeFormComesBackWithEachFieldErrorAndTheTypedText() throws Exception {
    long before = mongo.getCollection("tickets").countDocuments();

    String page =
        mvc.perform(
                intake()
                    .param("category", "")
                    .param("district", "YIMEI")
                    .param("callerName", "李四")
                    .param("phone", "12345"))
            .andExpect(status().isOk())
            .andExpect(view().name("console/intake"))
            .andExpect(model().attributeHasFieldErrors("intake", "category", "phone"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(page)
        .contains("须为 11 位手机号或带区号的固定电话", "必填")
        .contains("楼道灯坏了三天，&lt;b&gt;老人&lt;/b&gt;上下楼不便")
        .contains("value=\"李四\"", "value=\"12345\"");
    assertThat(mongo.getCollection("tickets").countDocuments()).isEqualTo(before);
  }

  @Test
  void anUnknownCodeComesBackAsAFieldErrorInTheChosenLanguage() throws Exception {
    mvc.perform(
            intake()
                .param("category", "COMPLAINT")
                .param("district", "ATLANTIS")
                .param("phone", "13800000000")
                .param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrors("intake", "district"))
        .andExpect(content().string(containsString("Unknown code")))
        .andExpect(content().string(containsString("老人")));
  }

  @Test
  void aStaleVersionShowsTheConflictWarningAndTheTicketAsItIsNow() throws Exception {
    String ticket = receive();
    mvc.perform(action(ticket, "dispatch", 1).param("department", "URBAN_MGMT"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", containsString("派单")));

    MvcResult stale =
        mvc.perform(action(ticket, "supervise", 1).param("note", "群众反映强烈"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("warning", containsString("第 1 版，现在是第 2 版")))
            .andReturn();

    mvc.perform(get(ticket).with(httpBasic("agent", "agent")).flashAttrs(stale.getFlashMap()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("工单在您查看后已被他人修改")))
        .andExpect(content().string(containsString("已交办")))
        .andExpect(content().string(not(containsString("群众反映强烈"))));
  }

  @Test
  void anActionTheStatusForbidsIsAWarningNotAnError() throws Exception {
    String ticket = receive();
    mvc.perform(action(ticket, "close", 1))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("warning", containsString("操作未执行")));
    mvc.perform(action(ticket, "reopen", 1))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", containsString("原因")));
  }

  @Test
  void aReferredTicketLinksToItsCaseInTheMediatorConsole() throws Exception {
    String ticket = receive();
    mvc.perform(action(ticket, "refer", 1)).andExpect(status().is3xxRedirection());
    String id = ticket.substring(ticket.lastIndexOf('/') + 1);

    mvc.perform(get(ticket).with(httpBasic("agent", "agent")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "href=\"http://127.0.0.1:8082/console/cases/by-ticket/" + id + "\"")));
  }

  @Test
  void anAgentUrgesFromTheTicketPageAndARatedCallbackAsksWhetherItIsSolved() throws Exception {
    String ticket = receive();
    mvc.perform(action(ticket, "dispatch", 1).param("department", "URBAN_MGMT"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(ticket).with(httpBasic("agent", "agent")))
        .andExpect(content().string(containsString("id=\"act-urge\"")));
    mvc.perform(action(ticket, "urge", 2).param("note", "市民再次来电"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", containsString("催办")));
    mvc.perform(action(ticket, "reply", 3).param("result", "RESOLVED").param("note", "已处理"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", containsString("办结答复")));

    mvc.perform(action(ticket, "callback", 4).param("rating", "SATISFIED"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", containsString("问题是否解决")));
    mvc.perform(
            action(ticket, "callback", 4).param("rating", "UNREACHABLE").param("solved", "true"))
        .andExpect(flash().attribute("error", containsString("问题是否解决")));
    mvc.perform(action(ticket, "callback", 4).param("rating", "SATISFIED").param("solved", "true"))
        .andExpect(flash().attribute("notice", containsString("回访")));

    mvc.perform(get(ticket).with(httpBasic("agent", "agent")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<dt>催办</dt>")))
        .andExpect(content().string(containsString("<td>是</td>")));
  }

  @Test
  void aBadDispatchFormShowsItsFieldErrorsAndLeavesTheTicketAsItWas() throws Exception {
    String ticket = receive();
    MvcResult bad =
        mvc.perform(
                action(ticket, "dispatch", 1)
                    .param("department", " ")
                    .param("note", "长".repeat(1001)))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("error", containsString("承办单位")))
            .andExpect(flash().attribute("error", containsString("备注")))
            .andReturn();
    mvc.perform(
            action(ticket, "dispatch", 1)
                .param("department", "URBAN_MGMT")
                .param("deadline", "31.03.2026"))
        .andExpect(flash().attribute("error", containsString("办理时限")));

    mvc.perform(get(ticket).with(httpBasic("agent", "agent")).flashAttrs(bad.getFlashMap()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString((String) bad.getFlashMap().get("error"))));
    assertUnchanged(ticket);
  }

  @Test
  void aTooLongDuplicateReferenceIsAFieldErrorAndChangesNothing() throws Exception {
    String ticket = receive();
    mvc.perform(action(ticket, "duplicate-of", 1).param("original", "1".repeat(65)))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", containsString("原工单编号或ID")));
    mvc.perform(
            post(ticket + "/duplicate-of")
                .with(httpBasic("agent", "agent"))
                .with(csrf())
                .param("original", "12345-1")
                .param("version", "x"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", containsString("版本")));
    assertUnchanged(ticket);
  }

  @Test
  void anAgentGrantsAnExtensionThroughTheDecisionForm() throws Exception {
    String ticket = receive();
    mvc.perform(action(ticket, "extend/decision", 1).param("decision", "GRANT"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("warning", containsString("操作未执行")));
    mvc.perform(action(ticket, "extend/decision", 1).param("decision", "MAYBE"))
        .andExpect(flash().attribute("error", containsString("decision")));
  }

  @Test
  void anUnknownTicketIsAPageNotAProblemDocument() throws Exception {
    mvc.perform(get("/console/tickets/nope").with(httpBasic("agent", "agent")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("text/html"))
        .andExpect(content().string(containsString("没有这张工单")));
  }

  @Test
  void aManagerMayUseTheSearchOfTheConsoleAndNothingElse() throws Exception {
    mvc.perform(get("/console").with(httpBasic("manager", "manager")))
        .andExpect(status().isFound())
        .andExpect(header().string("Location", "/console/search"));
    // No word search for a manager, in the header or on the page: it would reach personal data.
    mvc.perform(get("/console/search").with(httpBasic("manager", "manager")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("name=\"q\""))));
    mvc.perform(get("/console/search").with(httpBasic("agent", "agent")))
        .andExpect(content().string(containsString("<form class=\"quick\"")));
    mvc.perform(get("/console/tickets/new").with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith("text/html"));
    mvc.perform(get("/console/at-risk").with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/console/tickets")
                .with(httpBasic("manager", "manager"))
                .with(csrf())
                .param("channel", "PHONE")
                .param("description", DESCRIPTION))
        .andExpect(status().isForbidden());
  }

  private MockHttpServletRequestBuilder intake() {
    return post("/console/tickets")
        .with(httpBasic("agent", "agent"))
        .with(csrf())
        .param("channel", "PHONE")
        .param("urgency", "NORMAL")
        .param("description", DESCRIPTION);
  }

  private String receive() throws Exception {
    MvcResult created =
        mvc.perform(
                intake()
                    .param("category", "COMPLAINT")
                    .param("district", "YIMEI")
                    .param("phone", "13800000000"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("notice", containsString("已登记工单 12345-")))
            .andReturn();
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

  private static MockHttpServletRequestBuilder action(String ticket, String action, long version) {
    return post(ticket + "/" + action)
        .with(httpBasic("agent", "agent"))
        .with(csrf())
        .param("version", Long.toString(version));
  }
}
