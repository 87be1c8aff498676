package io.civicline.hotline.citizen;

import static io.civicline.hotline.citizen.CitizenCalls.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.files.SamplePhotos;
import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.MatrixCallers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The citizen page through HTTP, as a citizen's phone uses it: a request becomes a WEB ticket with
 * its place and contact; its number and code find it again and show its public steps only, and
 * nothing for a wrong number or code; the citizen rates the replied answer once.
 */
@CitizenServiceTest
class CitizenPageTests {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;

  @Test
  void aSubmittedRequestIsAWebTicketWithItsPlaceAndContact() throws Exception {
    String[] submitted = citizen("10.1.0.1").submitted(CitizenCalls.good());
    assertThat(submitted[0]).startsWith("12345-");
    assertThat(submitted[1]).matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}");

    JsonNode ticket = ticket(submitted[0]);
    assertThat(ticket.at("/channel").asString()).isEqualTo("WEB");
    assertThat(ticket.at("/category").asString()).isEqualTo("HELP");
    assertThat(ticket.at("/topic").asString()).isEqualTo("HEATING");
    assertThat(ticket.at("/district").asString()).isEqualTo("YIMEI");
    assertThat(ticket.at("/receivedBy").asString()).isEqualTo("citizen-web");
    assertThat(ticket.at("/description").asString()).isEqualTo("暖气不热已经三天");
    assertThat(ticket.at("/caller/phone").asString()).isEqualTo("13912345678");
    assertThat(ticket.at("/place/street").asString()).isEqualTo("YIMEI_XURI");
    assertThat(ticket.at("/place/address").asString()).isEqualTo("旭日小区3号楼");
    assertThat(ticket.at("/place/latitude").asDouble()).isEqualTo(47.727);
    assertThat(ticket.toString()).doesNotContainIgnoringCase("lookup");
  }

  @Test
  void photosSentWithTheRequestAreOnTheTicketAndCountedInTheLookup() throws Exception {
    CitizenCalls citizen = citizen("10.1.0.8");
    String[] submitted =
        citizen.submitted(
            CitizenCalls.good(),
            CitizenCalls.photo("楼道.jpg", SamplePhotos.jpeg()),
            CitizenCalls.photo("pipe.png", SamplePhotos.png()));
    String id = ticket(submitted[0]).get("id").asString();
    JsonNode files =
        ApiCalls.withTokens(mvc, "/api/tickets").get("/api/tickets/" + id + "/files", "agent");
    assertThat(files).hasSize(2);
    assertThat(files.findValuesAsString("attachedBy")).containsOnly("citizen-web");
    String html = body(citizen.lookup(submitted[0], submitted[1]));
    assertThat(html).contains("已附 2 张").doesNotContain("楼道.jpg");
  }

  @Test
  void theCitizenOpensTheirOwnPhotosWithoutTheirLocationAndNoneTheStaffAttached() throws Exception {
    byte[] withPosition =
        SamplePhotos.withSegments(SamplePhotos.jpeg(), SamplePhotos.exifSegment());
    assertThat(new String(withPosition, StandardCharsets.ISO_8859_1))
        .contains(SamplePhotos.GPS_MARK);
    CitizenCalls citizen = citizen("10.1.0.9");
    String[] submitted =
        citizen.submitted(CitizenCalls.good(), CitizenCalls.photo("门口.jpg", withPosition));
    String id = ticket(submitted[0]).get("id").asString();
    mvc.perform(
            multipart("/api/tickets/" + id + "/files")
                .file(new MockMultipartFile("file", "x.png", "image/png", SamplePhotos.png()))
                .with(MatrixCallers.tokenOf("agent")))
        .andExpect(status().isCreated());
    assertThat(body(citizen.lookup(submitted[0], submitted[1]))).contains("id=\"photo-1\"");

    MockHttpServletResponse shown = citizen.perform(photo(submitted[0], submitted[1], "1"));
    assertThat(shown.getStatus()).isEqualTo(200);
    assertThat(shown.getContentType()).isEqualTo("image/jpeg");
    assertThat(shown.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    String bytes = new String(shown.getContentAsByteArray(), StandardCharsets.ISO_8859_1);
    assertThat(bytes).startsWith("\u00ff\u00d8").doesNotContain(SamplePhotos.GPS_MARK, "Exif");

    // The staff's photo is not the citizen's; a wrong code finds nothing, as a wrong number.
    assertThat(citizen.perform(photo(submitted[0], submitted[1], "2")).getStatus()).isEqualTo(404);
    assertThat(citizen.perform(photo(submitted[0], "AAAAA-AAAAA", "1")).getStatus()).isEqualTo(404);
    assertThat(citizen.perform(photo("12345-19990101-0001", submitted[1], "1")).getStatus())
        .isEqualTo(404);
    assertThat(citizen.perform(photo(submitted[0], submitted[1], "first")).getStatus())
        .isEqualTo(400);
  }

  @Test
  void withoutNameOrPhoneTheRequestIsAnonymous() throws Exception {
    Map<String, String> fields = CitizenCalls.good();
    fields.remove("name");
    fields.remove("phone");
    fields.remove("latitude");
    fields.remove("longitude");
    String[] submitted = citizen("10.1.0.2").submitted(fields);
    assertThat(ticket(submitted[0]).at("/caller/anonymous").asBoolean()).isTrue();
  }

  @Test
  void theCodeIsStoredOnlyAsAHashOnTheTicketDocument() throws Exception {
    String[] submitted = citizen("10.1.0.3").submitted(CitizenCalls.good());
    Document stored =
        mongo.findOne(
            Query.query(Criteria.where("ticket.number").is(submitted[0])),
            Document.class,
            "tickets");
    String json = stored.toJson();
    assertThat(stored.getString("lookupCodeHash")).matches("[0-9a-f]{64}");
    assertThat(json).doesNotContain(submitted[1]).doesNotContain(submitted[1].replace("-", ""));
  }

  @Test
  void theLookupShowsThePublicStepsAndNothingPersonal() throws Exception {
    CitizenCalls citizen = citizen("10.1.0.4");
    String[] submitted = citizen.submitted(CitizenCalls.good());
    // Typed as people type it: small letters, no dash.
    MockHttpServletResponse found =
        citizen.lookup(submitted[0], submitted[1].replace("-", "").toLowerCase());
    String html = body(found);
    assertThat(found.getStatus()).as(html).isEqualTo(200);
    assertThat(html).contains(submitted[0]).contains("已受理").contains("待派单");
    assertThat(html)
        .doesNotContain("暖气不热")
        .doesNotContain("王小明")
        .doesNotContain("13912345678")
        .doesNotContain("旭日小区")
        .doesNotContain("47.727")
        .doesNotContain("citizen-web")
        .doesNotContain("id=\"rate\"");
  }

  @Test
  void aWrongNumberAndAWrongCodeGetTheSameAnswer() throws Exception {
    CitizenCalls citizen = citizen("10.1.0.5");
    String[] submitted = citizen.submitted(CitizenCalls.good());
    String[] other = citizen.submitted(CitizenCalls.good());
    MockHttpServletResponse wrongCode = citizen.lookup(submitted[0], other[1]);
    String unknown = "12345-20000101-9999";
    MockHttpServletResponse wrongNumber = citizen.lookup(unknown, submitted[1]);

    assertThat(wrongCode.getStatus()).isEqualTo(404);
    assertThat(wrongNumber.getStatus()).isEqualTo(404);
    assertThat(body(wrongCode)).contains("id=\"not-found\"");
    assertThat(body(wrongCode).replace(submitted[0], "N"))
        .isEqualTo(body(wrongNumber).replace(unknown, "N"));
  }

  @Test
  void theProgressFollowsDispatchAndReplyAndTheCitizenRatesTheAnswerOnce() throws Exception {
    CitizenCalls citizen = citizen("10.1.0.6");
    String[] submitted = citizen.submitted(CitizenCalls.good());
    String number = submitted[0];
    String code = submitted[1];
    assertThat(citizen.rate(number, code, "SATISFIED", "true").getStatus()).isEqualTo(409);

    ApiCalls api = ApiCalls.withTokens(mvc, "/api/tickets");
    String id = ticket(number).get("id").asString();
    api.acted(id, "dispatch", "agent", "{\"department\":\"HEATING_CO\"}");
    String held = body(citizen.lookup(number, code));
    assertThat(held).contains("已转交市供热公司办理").contains("id=\"deadline\"");

    api.acted(id, "sign", "heating", "{}");
    api.acted(
        id,
        "reply",
        "heating",
        "{\"result\":\"RESOLVED\",\"note\":\"已更换阀门\",\"publicReply\":\"暖气已恢复正常\"}");
    String replied = body(citizen.lookup(number, code));
    assertThat(replied)
        .contains("承办单位已答复")
        .contains("暖气已恢复正常")
        .contains("id=\"rate\"")
        .doesNotContain("已更换阀门")
        .doesNotContain("id=\"department\"");

    MockHttpServletResponse rated = citizen.rate(number, code, "BASICALLY_SATISFIED", "true");
    assertThat(rated.getStatus()).as(body(rated)).isEqualTo(200);
    assertThat(body(rated)).contains("id=\"rated\"").contains("基本满意").doesNotContain("id=\"rate\"");
    JsonNode ticket = api.get("/api/tickets/" + id, "agent");
    assertThat(ticket.at("/status").asString()).isEqualTo("CALLED_BACK");
    JsonNode callback = ticket.at("/callbacks/0");
    assertThat(callback.at("/by").asString()).isEqualTo("citizen-web");
    assertThat(callback.at("/rating").asString()).isEqualTo("BASICALLY_SATISFIED");
    assertThat(callback.at("/solved").asBoolean()).isTrue();

    MockHttpServletResponse again = citizen.rate(number, code, "VERY_UNSATISFIED", "false");
    assertThat(again.getStatus()).isEqualTo(409);
    assertThat(body(again)).contains("id=\"rating-problem\"");
    assertThat(api.get("/api/tickets/" + id, "agent").at("/callbacks").size()).isEqualTo(1);
  }

  @Test
  void aRatingNeedsAChoiceOfTheCitizensOwn() throws Exception {
    CitizenCalls citizen = citizen("10.1.0.7");
    String[] submitted = citizen.submitted(CitizenCalls.good());
    for (String[] bad :
        new String[][] {
          {null, "true"},
          {"SATISFIED", null},
          {"UNREACHABLE", "true"},
          {"satisfied", "yes"},
          {"{\"$gt\":\"\"}", "true"}
        }) {
      MockHttpServletResponse refused = citizen.rate(submitted[0], submitted[1], bad[0], bad[1]);
      assertThat(refused.getStatus()).as(String.join(",", String.valueOf(bad[0]))).isEqualTo(400);
    }
  }

  private static MockHttpServletRequestBuilder photo(String number, String code, String photo) {
    return post("/citizen/photos")
        .param("number", number)
        .param("code", code)
        .param("photo", photo);
  }

  private CitizenCalls citizen(String address) {
    return new CitizenCalls(mvc, address);
  }

  private JsonNode ticket(String number) throws Exception {
    ApiCalls api = ApiCalls.withTokens(mvc, "/api/tickets");
    String id = api.get("/api/tickets?q=" + number, "agent").at("/items/0/id").asString();
    return api.get("/api/tickets/" + id, "agent");
  }
}
