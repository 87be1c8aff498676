package io.civicline.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.civicline.kit.testing.ApiCalls;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input to every Open311 resource, as an attacker or a broken app sends it: injection attempts,
 * operators, control and invalid bytes, huge values, unknown codes and formats, in every field.
 * Each answer is an error list with a 4xx (never a 5xx), and no refused request is stored.
 */
@Open311ServiceTest
class Open311BadInputTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String KEY = "test-app-key";

  /** Values no field takes, each a known way to break a parser, a query or a page. */
  static final List<String> NASTY =
      List.of(
          "{\"$gt\":\"\"}",
          "'; DROP TABLE tickets; --",
          "<script>alert(1)</script>",
          "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
          "../../../../etc/passwd",
          "%00",
          "\u0000\u0001\u001f",
          "\uD800",
          "９９９",
          "1e999",
          "NaN",
          "-0",
          "x".repeat(70_000),
          "");

  static final List<String> FIELDS =
      List.of(
          "api_key",
          "service_code",
          "attribute[DISTRICT]",
          "attribute[CATEGORY]",
          "attribute[STREET]",
          "attribute[DISTRICT][$ne]",
          "lat",
          "long",
          "address_string",
          "address_id",
          "first_name",
          "last_name",
          "phone",
          "email",
          "description",
          "media_url",
          "jurisdiction_id");

  @Autowired MockMvc mvc;

  @Test
  void noBadValueInAnyFieldGetsA5xxOrStoresARequest() throws Exception {
    String marker = "fuzz" + System.nanoTime();
    Random random = new Random(311);
    int created = 0;
    for (String field : FIELDS) {
      for (String nasty : NASTY) {
        String form = good(marker) + "&" + encode(field) + "=" + encode(nasty);
        if (random.nextBoolean()) {
          form = form.replace("api_key=" + KEY, "api_key=" + encode(nasty));
        }
        MockHttpServletResponse answer = submit(form);
        assertAnErrorListOrCreated(answer, field + "=" + abbreviated(nasty));
        created += answer.getStatus() == 200 ? 1 : 0;
      }
    }
    // Text fields take any clean text, markup included (pages escape it): those were created. A
    // refused request stored nothing: exactly the created ones carry the marker.
    ApiCalls api = ApiCalls.withTokens(mvc, "/api/tickets");
    int stored = 0;
    String after = null;
    do {
      var page =
          api.get(
              "/api/tickets?q=" + marker + "&size=100" + (after == null ? "" : "&after=" + after),
              "agent");
      stored += page.get("items").size();
      after =
          page.path("next").isNull() || page.path("next").isMissingNode()
              ? null
              : page.get("next").asString();
    } while (after != null);
    assertThat(created).as("requests whose bad value was clean text").isPositive();
    assertThat(created).as("requests refused").isLessThan(FIELDS.size() * NASTY.size());
    assertThat(stored).isEqualTo(created);
  }

  @Test
  void noBadPathOrParameterOfAReadGetsA5xx() throws Exception {
    for (String nasty : NASTY) {
      String value = encode(nasty);
      for (String path :
          List.of(
              "/open311/v2/services/" + value + ".json",
              "/open311/v2/services." + value,
              "/open311/v2/requests/" + value + ".xml",
              "/open311/v2/tokens/" + value + ".json",
              "/open311/v2/requests.json?service_request_id=" + value,
              "/open311/v2/requests.json?service_code=" + value,
              "/open311/v2/requests.json?start_date=" + value,
              "/open311/v2/requests.json?end_date=" + value,
              "/open311/v2/requests.xml?status=" + value,
              "/open311/v2/services.json?jurisdiction_id=" + value)) {
        if (path.length() > 8_000) {
          continue;
        }
        MockHttpServletResponse answer =
            mvc.perform(get(java.net.URI.create(path))).andReturn().getResponse();
        assertThat(answer.getStatus())
            .as(path.substring(0, Math.min(120, path.length())))
            .isLessThan(500);
      }
    }
  }

  @Test
  void aBodyThatIsNotAFormOrNotUtf8IsRefused() throws Exception {
    for (MockHttpServletRequestBuilder request :
        List.of(
            post("/open311/v2/requests.json")
                .contentType(MediaType.APPLICATION_XML)
                .content("<x/>"),
            post("/open311/v2/requests.json").contentType("text/plain").content("api_key=" + KEY),
            post("/open311/v2/requests.json").contentType("nonsense").content("a=b"),
            post("/open311/v2/requests.json")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(new byte[] {(byte) 0xff, (byte) 0xfe, '=', (byte) 0xc3}),
            post("/open311/v2/requests.json")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .content("--x\r\n"))) {
      MockHttpServletResponse answer = mvc.perform(request).andReturn().getResponse();
      assertThat(answer.getStatus()).as(answer.getContentAsString()).isBetween(400, 499);
    }
  }

  private void assertAnErrorListOrCreated(MockHttpServletResponse answer, String what)
      throws Exception {
    String body = answer.getContentAsString(StandardCharsets.UTF_8);
    assertThat(answer.getStatus()).as(what + ": " + abbreviated(body)).isLessThan(500);
    var tree = JSON.readTree(body);
    assertThat(tree.isArray())
        .as(what + ": " + answer.getStatus() + " " + abbreviated(body))
        .isTrue();
    if (answer.getStatus() == 200) {
      assertThat(tree.get(0).has("service_request_id"))
          .as(what + ": " + abbreviated(body))
          .isTrue();
    } else {
      assertThat(answer.getStatus()).as(what).isIn(400, 403, 404);
      assertThat(tree.get(0).get("description").asString()).as(what).isNotBlank();
    }
  }

  private static String good(String marker) {
    return "api_key="
        + KEY
        + "&service_code=HEATING&attribute[DISTRICT]=YIMEI"
        + "&address_string="
        + encode("旭日小区")
        + "&description="
        + marker;
  }

  private MockHttpServletResponse submit(String form) throws Exception {
    return mvc.perform(
            post("/open311/v2/requests.json")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(form.getBytes(StandardCharsets.UTF_8)))
        .andReturn()
        .getResponse();
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String abbreviated(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
