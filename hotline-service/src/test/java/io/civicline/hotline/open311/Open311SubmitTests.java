package io.civicline.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.civicline.kit.testing.ApiCalls;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST requests} through the HTTP door as an app: a request becomes a ticket of the app's
 * channel with its place and contact; a missing or wrong key, an unknown service and each bad field
 * get the specification's error and store nothing.
 */
@Open311ServiceTest
class Open311SubmitTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String REQUESTS = "/open311/v2/requests.json";
  private static final String GOOD =
      "api_key=test-app-key&service_code=HEATING&attribute[DISTRICT]=YIMEI"
          + "&attribute[STREET]=YIMEI_XURI&lat=47.7270&long=128.8990"
          + "&address_string=旭日小区3号楼&first_name=小明&last_name=王&phone=13912345678"
          + "&description=暖气不热已经三天";

  @Autowired MockMvc mvc;

  @Test
  void aSubmittedRequestIsATicketOfTheAppsChannelWithItsPlaceAndContact() throws Exception {
    MockHttpServletResponse response = submit(GOOD + "&account_id=u-17");
    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode created = JSON.readTree(body(response)).get(0);
    String number = created.get("service_request_id").asString();
    assertThat(number).startsWith("12345-");
    assertThat(created.get("account_id").asString()).isEqualTo("u-17");
    assertThat(created.has("token")).isFalse();

    ApiCalls api = ApiCalls.withTokens(mvc, "/api/tickets");
    JsonNode found = api.get("/api/tickets?q=" + number, "agent").get("items").get(0);
    JsonNode ticket = api.get("/api/tickets/" + found.get("id").asString(), "agent");
    assertThat(ticket.at("/channel").asString()).isEqualTo("APP");
    assertThat(ticket.at("/topic").asString()).isEqualTo("HEATING");
    assertThat(ticket.at("/category").asString()).isEqualTo("HELP");
    assertThat(ticket.at("/district").asString()).isEqualTo("YIMEI");
    assertThat(ticket.at("/receivedBy").asString()).isEqualTo("open311:test-app");
    assertThat(ticket.at("/description").asString()).isEqualTo("暖气不热已经三天");
    assertThat(ticket.at("/caller/name").asString()).isEqualTo("王小明");
    assertThat(ticket.at("/caller/phone").asString()).isEqualTo("13912345678");
    assertThat(ticket.at("/place/street").asString()).isEqualTo("YIMEI_XURI");
    assertThat(ticket.at("/place/address").asString()).isEqualTo("旭日小区3号楼");
    assertThat(ticket.at("/place/latitude").asDouble()).isEqualTo(47.727);

    JsonNode shown = JSON.readTree(body(get("/open311/v2/requests/" + number + ".json"))).get(0);
    assertThat(shown.get("address").asString()).isEqualTo("伊美区旭日街道");
    assertThat(shown.get("lat").isNull()).isTrue();
  }

  @Test
  void withoutAContactTheRequestIsAnonymous() throws Exception {
    MockHttpServletResponse response =
        submit(
            "api_key=test-app-key&service_code=WATER_SUPPLY&attribute[DISTRICT]=YIMEI"
                + "&attribute[CATEGORY]=COMPLAINT&address_string=新兴路&description=停水");
    assertThat(response.getStatus()).as(body(response)).isEqualTo(200);
  }

  @Test
  void aMissingOrWrongKeyIsRefusedWith403() throws Exception {
    assertRefused(submit(GOOD.replace("api_key=test-app-key&", "")), 403, "api_key");
    assertRefused(submit(GOOD.replace("test-app-key", "guessed-key")), 403, "api_key");
  }

  @Test
  void anUnknownServiceIs404AndEachBadFieldIsNamed() throws Exception {
    assertRefused(submit(GOOD.replace("service_code=HEATING", "service_code=NOPE")), 404, "NOPE");
    assertRefused(submit(GOOD.replace("service_code=HEATING&", "")), 400, "service_code");
    assertRefused(
        submit(GOOD.replace("attribute[DISTRICT]=YIMEI", "")), 400, "attribute[DISTRICT]");
    assertRefused(submit(GOOD.replace("=YIMEI&", "=ATLANTIS&")), 400, "attribute[DISTRICT]");
    assertRefused(submit(GOOD.replace("YIMEI_XURI", "TIELI_NOWHERE")), 400, "attribute[STREET]");
    assertRefused(
        submit(GOOD.replace("attribute[DISTRICT]=YIMEI", "attribute[DISTRICT]=TIELI")),
        400,
        "attribute[STREET]");
    assertRefused(submit(GOOD.replace("lat=47.7270", "lat=north")), 400, "lat");
    assertRefused(submit(GOOD.replace("&long=128.8990", "")), 400, "long");
    assertRefused(submit(GOOD.replace("long=128.8990", "long=500")), 400, "long");
    assertRefused(
        submit(
            GOOD.replace("&lat=47.7270&long=128.8990", "").replace("&address_string=旭日小区3号楼", "")),
        400,
        "location");
    assertRefused(submit(GOOD.replace("phone=13912345678", "phone=110")), 400, "phone");
    assertRefused(submit(GOOD.replace("&description=暖气不热已经三天", "")), 400, "description");
    assertRefused(submit(GOOD + "&description2=x&email=a@b.cn"), 400, "email");
    assertRefused(submit(GOOD + "&media_url=http://x.cn/a.jpg"), 400, "media_url");
    assertRefused(submit(GOOD.replace("暖气不热已经三天", "长".repeat(4001))), 400, "description");
  }

  @Test
  void aRefusedRequestStoresNothing() throws Exception {
    String marker = "refused-" + System.nanoTime();
    submit(GOOD.replace("暖气不热已经三天", marker).replace("phone=13912345678", "phone=1"));
    ApiCalls api = ApiCalls.withTokens(mvc, "/api/tickets");
    assertThat(api.get("/api/tickets?q=" + marker, "agent").get("items").size()).isZero();
  }

  @Test
  void aRequestNotSentAsAFormIsRefused() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post(REQUESTS)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"api_key\":\"test-app-key\"}"))
            .andReturn()
            .getResponse();
    assertRefused(response, 400, "x-www-form-urlencoded");
  }

  private void assertRefused(MockHttpServletResponse response, int status, String mentions)
      throws Exception {
    String body = body(response);
    assertThat(response.getStatus()).as(body).isEqualTo(status);
    List<String> descriptions =
        JSON.readTree(body).values().stream().map(e -> e.get("description").asString()).toList();
    assertThat(descriptions).as(body).anyMatch(description -> description.contains(mentions));
  }

  private MockHttpServletResponse submit(String form) throws Exception {
    return mvc.perform(
            post(REQUESTS)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(form.getBytes(StandardCharsets.UTF_8)))
        .andReturn()
        .getResponse();
  }

  private MockHttpServletResponse get(String path) throws Exception {
    return mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path))
        .andReturn()
        .getResponse();
  }

  private static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
