package io.civicline.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.civicline.kit.testing.ApiCalls;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public part of a department's reply: Open311's {@code status_notes} is the last public step's
 * label and the public reply, in JSON and in XML, never the reply's note; a reopened ticket
 * answered again shows the new text; bad input for the field is a 400 problem naming it.
 */
@Open311ServiceTest
class Open311PublicReplyTests {

  private static final String V2 = "/open311/v2";
  private static final String NOTE = "已电话联系王小明 13912345678，上门维修";
  private static final String PUBLIC = "供热管道已更换 & 试水正常";
  private static final String TICKET =
      """
      {"channel":"PHONE","category":"COMPLAINT","topic":"HEATING","district":"YIMEI",
       "caller":{"name":"王小明","phone":"13912345678"},"description":"暖气漏水"}
      """;

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;

  @Test
  void statusNotesShowTheLabelAndThePublicReplyInBothFormatsButNeverTheNote() throws Exception {
    String id = signedTicket();
    api().acted(id, "reply", "heating", reply(NOTE, PUBLIC));
    String number = number(id);

    assertThat(jsonNotes(number, "zh")).isEqualTo("承办单位已答复：" + PUBLIC);
    assertThat(jsonNotes(number, "en")).isEqualTo("The department has replied: " + PUBLIC);
    assertThat(xmlNotes(number)).isEqualTo("承办单位已答复：" + PUBLIC);
    for (String format : List.of("json", "xml")) {
      assertThat(text(V2 + "/requests/" + number + "." + format, "zh")).doesNotContain(NOTE);
      assertThat(text(V2 + "/requests." + format, "zh")).doesNotContain(NOTE);
    }
    assertThat(api().read("/api/tickets/" + id, "agent").at("/reply/publicReply").asString())
        .isEqualTo(PUBLIC);
  }

  /** Stored without the field, as every reply was before it existed. */
  @Test
  void aReplyWithoutAPublicPartIsStoredWithoutItAndShowsTheLabelOnly() throws Exception {
    String id = signedTicket();
    api().acted(id, "reply", "heating", reply(NOTE, "  "));
    Document ticket = mongo.findById(id, Document.class, "tickets");
    assertThat(ticket.get("ticket", Document.class).get("reply", Document.class))
        .containsKey("note")
        .doesNotContainKey("publicReply");

    assertThat(jsonNotes(number(id), "zh")).isEqualTo("承办单位已答复");
    assertThat(api().read("/api/tickets/" + id, "agent").at("/reply/publicReply").isNull())
        .isTrue();
  }

  @Test
  void aReopenedTicketRepliedAgainShowsTheNewPublicReply() throws Exception {
    String id = signedTicket();
    api().acted(id, "reply", "heating", reply(NOTE, "按政策暂不更换"));
    api().acted(id, "callback", "agent", "{\"rating\":\"UNSATISFIED\",\"solved\":false}");
    api().acted(id, "reopen", "agent", "{\"reason\":\"市民不满意\"}");
    String number = number(id);
    assertThat(jsonNotes(number, "zh")).isEqualTo("重新办理");

    api().acted(id, "dispatch", "agent", "{\"department\":\"HEATING_CO\"}");
    // An agent records the department's second answer on its behalf.
    api().acted(id, "reply", "agent", reply("再次上门", PUBLIC));

    assertThat(jsonNotes(number, "zh")).isEqualTo("承办单位已答复：" + PUBLIC);
    assertThat(xmlNotes(number)).isEqualTo("承办单位已答复：" + PUBLIC);
  }

  @Test
  void aBadPublicReplyIsA400ProblemNamingItAndChangesNothing() throws Exception {
    String id = signedTicket();
    Map<String, String> bad =
        Map.of(
            "too long", "\"" + "长".repeat(501) + "\"",
            "a NUL", "\"public\\u0000reply\"",
            "a control character", "\"public\\u0007reply\"",
            "an object", "{\"$gt\":\"\"}",
            "a list", "[\"供热管道已更换\"]");
    for (Map.Entry<String, String> value : bad.entrySet()) {
      String body =
          "{\"result\":\"RESOLVED\",\"note\":\"已修复\",\"publicReply\":" + value.getValue() + "}";
      JsonNode problem =
          ApiCalls.problemOf(api().post("/api/tickets/" + id + "/reply", "heating", body), 400);
      assertThat(problem.at("/errors/0/field").asString())
          .as(value.getKey())
          .isEqualTo("publicReply");
    }
    assertThat(api().read("/api/tickets/" + id, "agent").get("status").asString())
        .isEqualTo("SIGNED");

    api().acted(id, "reply", "heating", reply(NOTE, "长".repeat(500)));
  }

  private String signedTicket() throws Exception {
    String id = api().created("agent", TICKET);
    api().acted(id, "dispatch", "agent", "{\"department\":\"HEATING_CO\"}");
    return api().acted(id, "sign", "heating", "{}");
  }

  private static String reply(String note, String publicReply) {
    return JsonMapper.shared()
        .writeValueAsString(Map.of("result", "RESOLVED", "note", note, "publicReply", publicReply));
  }

  private String number(String id) throws Exception {
    return api().read("/api/tickets/" + id, "agent").get("number").asString();
  }

  private String jsonNotes(String number, String language) throws Exception {
    String body = text(V2 + "/requests/" + number + ".json", language);
    return JsonMapper.shared().readTree(body).get(0).get("status_notes").asString();
  }

  private String xmlNotes(String number) throws Exception {
    byte[] body = text(V2 + "/requests/" + number + ".xml", "zh").getBytes(StandardCharsets.UTF_8);
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(body))
        .getElementsByTagName("status_notes")
        .item(0)
        .getTextContent();
  }

  private String text(String path, String language) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).header("Accept-Language", language)).andReturn().getResponse();
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isEqualTo(200);
    return body;
  }

  private ApiCalls api() {
    return ApiCalls.withTokens(mvc, "/api/tickets");
  }
}
