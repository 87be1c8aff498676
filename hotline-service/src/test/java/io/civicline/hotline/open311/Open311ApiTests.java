package io.civicline.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.civicline.events.ReferenceData;
import io.civicline.kit.testing.ApiCalls;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoReport v2 through the HTTP door, without signing in: what each resource answers, its errors,
 * and that a request shows nothing personal. Expected values come from the reference data and the
 * specification, not from the Open311 classes.
 */
@Open311ServiceTest
class Open311ApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String V2 = "/open311/v2";
  private static final String NAME = "王小明";
  private static final String PHONE = "13912345678";
  private static final String DESCRIPTION = "小区供暖管道漏水三天无人处理";
  private static final String TICKET =
      """
      {"channel":"PHONE","category":"COMPLAINT","topic":"HEATING","district":"YIMEI",
       "caller":{"name":"%s","phone":"%s"},"description":"%s"}
      """
          .formatted(NAME, PHONE, DESCRIPTION);

  @Autowired MockMvc mvc;

  private final ReferenceData reference = ReferenceData.defaults();

  @Test
  void theDiscoveryDocumentNamesTheGeoReportEndpointAndBothFormats() throws Exception {
    JsonNode discovery = json(get(V2 + "/discovery.json"), 200);
    JsonNode endpoint = discovery.get("endpoints").get(0);
    assertThat(endpoint.get("specification").asString())
        .isEqualTo("http://wiki.open311.org/GeoReport_v2");
    assertThat(endpoint.get("url").asString()).endsWith(V2);
    assertThat(endpoint.get("formats").values())
        .extracting(JsonNode::asString)
        .anyMatch(format -> format.startsWith("text/xml"))
        .anyMatch(format -> format.startsWith("application/json"));
    for (String field : List.of("changeset", "contact", "key_service")) {
      assertThat(discovery.get(field).asString()).as(field).isNotBlank();
    }
    String xml = text(get(V2 + "/discovery.xml"), 200, "text/xml");
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><discovery>");
  }

  @Test
  void eachTicketTopicIsAServiceNamedInChineseOrInEnglish() throws Exception {
    JsonNode chinese = json(get(V2 + "/services.json"), 200);
    JsonNode english = json(get(V2 + "/services.json").header("Accept-Language", "en"), 200);
    assertThat(chinese.size()).isEqualTo(reference.ticketTopics().size());
    for (int i = 0; i < reference.ticketTopics().size(); i++) {
      ReferenceData.Topic topic = reference.ticketTopics().get(i);
      assertThat(chinese.get(i).get("service_code").asString()).isEqualTo(topic.code());
      assertThat(chinese.get(i).get("service_name").asString()).isEqualTo(topic.zh());
      assertThat(english.get(i).get("service_name").asString()).isEqualTo(topic.en());
      assertThat(chinese.get(i).get("type").asString()).isEqualTo("realtime");
      assertThat(chinese.get(i).get("metadata").asBoolean()).isTrue();
    }
  }

  @Test
  void aServiceDefinitionAsksForTheDistrictAmongTheCitysDistricts() throws Exception {
    JsonNode definition = json(get(V2 + "/services/HEATING.json"), 200);
    assertThat(definition.get("service_code").asString()).isEqualTo("HEATING");
    JsonNode district = definition.get("attributes").get(0);
    assertThat(district.get("code").asString()).isEqualTo("DISTRICT");
    assertThat(district.get("required").asBoolean()).isTrue();
    assertThat(district.get("datatype").asString()).isEqualTo("singlevaluelist");
    assertThat(district.get("values").values())
        .extracting(value -> value.get("key").asString())
        .containsExactlyElementsOf(
            reference.districts().stream().map(ReferenceData.Code::code).toList());
  }

  @Test
  void aRequestShowsItsProgressButNothingPersonal() throws Exception {
    ApiCalls api = ApiCalls.withTokens(mvc, "/api/tickets");
    String id = api.created("agent", TICKET);
    String number = api.get("/api/tickets/" + id, "agent").get("number").asString();

    JsonNode received = json(get(V2 + "/requests/" + number + ".json"), 200).get(0);
    assertThat(received.get("service_request_id").asString()).isEqualTo(number);
    assertThat(received.get("status").asString()).isEqualTo("open");
    assertThat(received.get("status_notes").asString()).isEqualTo("已受理");
    assertThat(received.get("service_code").asString()).isEqualTo("HEATING");
    assertThat(received.get("address").asString())
        .isEqualTo(reference.district("YIMEI").orElseThrow().zh());
    assertThat(received.get("expected_datetime").isNull()).isTrue();

    api.acted(id, "dispatch", "agent", "{\"department\":\"HEATING_CO\"}");
    JsonNode dispatched =
        json(get(V2 + "/requests/" + number + ".json").header("Accept-Language", "en"), 200).get(0);
    String heating = reference.department("HEATING_CO").orElseThrow().en();
    assertThat(dispatched.get("status_notes").asString()).isEqualTo("Passed to " + heating);
    assertThat(dispatched.get("agency_responsible").asString()).isEqualTo(heating);
    OffsetDateTime expected = OffsetDateTime.parse(dispatched.get("expected_datetime").asString());
    assertThat(expected.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
    assertThat(expected.toInstant().toString())
        .startsWith(
            api.get("/api/tickets/" + id, "agent")
                .at("/dispatch/deadline")
                .asString()
                .substring(0, 19));

    for (String format : List.of("json", "xml")) {
      String answer = text(get(V2 + "/requests/" + number + "." + format), 200, null);
      String everyRequest = text(get(V2 + "/requests." + format), 200, null);
      for (String personal : List.of(NAME, PHONE, PHONE.substring(7), DESCRIPTION)) {
        assertThat(answer).as(format).doesNotContain(personal);
        assertThat(everyRequest).as(format).doesNotContain(personal);
      }
    }
  }

  @Test
  void theListFindsRequestsByNumberByServiceAndByStatus() throws Exception {
    ApiCalls api = ApiCalls.withTokens(mvc, "/api/tickets");
    String number =
        api.get("/api/tickets/" + api.created("agent", TICKET), "agent").get("number").asString();

    assertThat(numbers(V2 + "/requests.json?service_request_id=" + number + ",12345-0"))
        .containsExactly(number);
    assertThat(numbers(V2 + "/requests.json?service_code=HEATING")).contains(number);
    assertThat(numbers(V2 + "/requests.json?service_code=WATER_SUPPLY")).doesNotContain(number);
    assertThat(numbers(V2 + "/requests.json?status=open")).contains(number);
    assertThat(numbers(V2 + "/requests.json?status=closed")).doesNotContain(number);
    String lastYear = "start_date=2020-01-01T00:00:00Z&end_date=2020-03-01T00:00:00+08:00";
    assertThat(numbers(V2 + "/requests.json?" + lastYear)).isEmpty();
  }

  @Test
  void badRequestsGetTheSpecificationsErrorListInTheirFormat() throws Exception {
    assertError(get(V2 + "/services/NO_SUCH.json"), 404, "json", "service_code");
    assertError(get(V2 + "/services/NO_SUCH.xml"), 404, "xml", "service_code");
    assertError(
        get(V2 + "/services.json?jurisdiction_id=elsewhere.gov"), 404, "json", "jurisdiction_id");
    assertError(get(V2 + "/requests/12345-0.json"), 404, "json", "not found");
    assertError(get(V2 + "/tokens/abc.json"), 404, "json", "token");
    assertError(get(V2 + "/requests.json?start_date=yesterday"), 400, "json", "start_date");
    assertError(
        get(V2 + "/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"),
        400,
        "json",
        "90 days");
    assertError(get(V2 + "/requests.json?status=pending"), 400, "json", "status");
    assertError(get(V2 + "/requests.json?service_code=NO_SUCH"), 400, "json", "service_code");
    assertError(get(V2 + "/services.yaml"), 400, "xml", "format");
    assertError(get(V2 + "/nothing-here.json"), 404, "json", "no such resource");
    assertError(post(V2 + "/services.json"), 404, "json", "no such resource");
  }

  private void assertError(
      MockHttpServletRequestBuilder request, int status, String format, String mentions)
      throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isEqualTo(status);
    if (format.equals("json")) {
      assertThat(response.getContentType()).startsWith("application/json");
      JsonNode error = JSON.readTree(body).get(0);
      assertThat(error.get("code").asInt()).isEqualTo(status);
      assertThat(error.get("description").asString()).contains(mentions);
    } else {
      assertThat(response.getContentType()).startsWith("text/xml");
      assertThat(body).contains("<errors><error><code>" + status + "</code><description>");
      assertThat(body).contains(mentions);
    }
  }

  private List<String> numbers(String path) throws Exception {
    return json(get(path), 200).values().stream()
        .map(request -> request.get("service_request_id").asString())
        .toList();
  }

  private JsonNode json(MockHttpServletRequestBuilder request, int status) throws Exception {
    return JSON.readTree(text(request, status, "application/json"));
  }

  private String text(MockHttpServletRequestBuilder request, int status, String contentType)
      throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isEqualTo(status);
    if (contentType != null) {
      assertThat(response.getContentType()).startsWith(contentType);
    }
    return body;
  }
}
