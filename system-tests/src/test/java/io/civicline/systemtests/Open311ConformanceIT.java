package io.civicline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.events.ReferenceData;
import io.civicline.events.Topics;
import io.civicline.localstack.DemoUsers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 conformance, black-box against the started stack and written from the
 * specification (GeoReport_v2, Service_Discovery, JSON_and_XML_Conversion): every resource in both
 * formats with the fields the specification requires and JSON equal to XML by the Spark convention,
 * a request submitted and found again by each filter, and each error case as an error list with the
 * specification's status; and requests submitted this way counted in the live figures under their
 * channel and street.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311ConformanceIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> FORMATS = List.of("xml", "json");
  private static final Set<String> DATATYPES =
      Set.of("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist");

  private final LaunchedStack stack = new LaunchedStack();
  private Open311Client open311;
  @TempDir static Path data;

  @BeforeAll
  void startTheStack() {
    stack.start(data, StreetRequests.APPS);
    open311 = new Open311Client(stack.hotline);
  }

  @AfterAll
  void stopTheStack() throws Exception {
    stack.close();
  }

  @Test
  void theDiscoveryDocumentHasEveryRequiredFieldInBothFormats() throws Exception {
    Map<String, Object> discovery = object(read("/discovery"));
    for (String field : List.of("changeset", "contact", "key_service")) {
      assertThat((String) discovery.get(field)).as(field).isNotBlank();
    }
    List<Object> endpoints = list(discovery.get("endpoints"));
    assertThat(endpoints).isNotEmpty();
    Map<String, Object> v2 =
        endpoints.stream()
            .map(Open311ConformanceIT::object)
            .filter(e -> "http://wiki.open311.org/GeoReport_v2".equals(e.get("specification")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no GeoReport_v2 endpoint: " + endpoints));
    assertThat((String) v2.get("url")).endsWith("/open311/v2");
    assertThat((String) v2.get("changeset")).isNotBlank();
    assertThat(v2.get("type")).isIn("production", "test");
    assertThat(list(v2.get("formats")))
        .anyMatch(format -> format.toString().startsWith("text/xml"))
        .anyMatch(format -> format.toString().startsWith("application/json"));
  }

  @Test
  void everyServiceAndItsDefinitionHaveTheSpecifiedFields() throws Exception {
    List<Object> services = list(read("/services"));
    assertThat(services).isNotEmpty();
    Set<String> codes = new HashSet<>();
    for (Object item : services) {
      Map<String, Object> service = object(item);
      String code = (String) service.get("service_code");
      assertThat(codes.add(code)).as("service_code %s unique", code).isTrue();
      assertThat((String) service.get("service_name")).as(code).isNotBlank();
      assertThat(service).as(code).containsKeys("description", "keywords", "group");
      assertThat(service.get("metadata")).as(code).isIn("true", "false");
      assertThat(service.get("type")).as(code).isIn("realtime", "batch", "blackbox");
      if ("true".equals(service.get("metadata"))) {
        assertDefinition(code, object(read("/services/" + code)));
      }
    }
    List<Object> english = list(SparkConvention.ofJson(json(open311.get("/services.json", "en"))));
    assertThat(english).hasSameSizeAs(services).isNotEqualTo(services);
  }

  private static void assertDefinition(String code, Map<String, Object> definition) {
    assertThat(definition.get("service_code")).isEqualTo(code);
    Set<String> orders = new HashSet<>();
    for (Object item : list(definition.get("attributes"))) {
      Map<String, Object> attribute = object(item);
      String name = code + "/" + attribute.get("code");
      assertThat(attribute.get("variable")).as(name).isIn("true", "false");
      assertThat((String) attribute.get("code")).as(name).isNotBlank();
      assertThat(attribute.get("datatype")).as(name).isIn(DATATYPES);
      assertThat(attribute.get("required")).as(name).isIn("true", "false");
      assertThat(attribute).as(name).containsKeys("datatype_description", "description");
      String order = (String) attribute.get("order");
      assertThat(Integer.parseInt(order)).as(name).isPositive();
      assertThat(orders.add(order)).as(name + " order unique").isTrue();
      if (attribute.get("datatype").toString().endsWith("valuelist")) {
        for (Object value : list(attribute.get("values"))) {
          assertThat(object(value)).as(name).containsKeys("key", "name");
        }
      }
    }
  }

  @Test
  void aSubmittedRequestIsFoundByItsIdByTheListAndByEachFilter() throws Exception {
    Map<String, String> form = request("供暖不热，室温十二度");
    List<String> numbers = new ArrayList<>();
    for (String format : FORMATS) {
      Open311Client.Answer created = open311.post("/requests." + format, form);
      assertContentType(created, format);
      assertThat(created.status()).as(created.body()).isEqualTo(200);
      Map<String, Object> request = object(list(tree(created, format)).get(0));
      assertThat(request.containsKey("service_request_id") != request.containsKey("token"))
          .as("a service_request_id or a token, not both: " + request)
          .isTrue();
      numbers.add((String) request.get("service_request_id"));
    }

    for (String number : numbers) {
      Map<String, Object> found = object(list(read("/requests/" + number)).get(0));
      assertThat(found.get("service_request_id")).isEqualTo(number);
      assertThat(found.get("status")).isEqualTo("open");
      assertThat(found.get("service_code")).isEqualTo("HEATING");
      OffsetDateTime requested = w3(found.get("requested_datetime"));
      OffsetDateTime updated = w3(found.get("updated_datetime"));
      assertThat(updated).isAfterOrEqualTo(requested);
      assertThat(requested.toInstant())
          .isBetween(
              java.time.Instant.now().minus(Duration.ofMinutes(10)), java.time.Instant.now());
      assertThat(found.toString()).doesNotContain("供暖不热", "13912345678", "旭日小区");
    }
    String both = String.join(",", numbers);
    assertThat(numbersOf("/requests", "service_request_id=" + both))
        .containsExactlyInAnyOrderElementsOf(numbers);
    assertThat(numbersOf("/requests", "service_code=HEATING")).containsAll(numbers);
    assertThat(numbersOf("/requests", "service_code=WATER_SUPPLY"))
        .doesNotContainAnyElementsOf(numbers);
    assertThat(numbersOf("/requests", "status=open")).containsAll(numbers);
    assertThat(numbersOf("/requests", "status=closed")).doesNotContainAnyElementsOf(numbers);
    String day =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now().minusDays(1).withNano(0));
    assertThat(numbersOf("/requests", "start_date=" + day.replace("+", "%2B")))
        .containsAll(numbers);
    String before = "start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z";
    assertThat(numbersOf("/requests", before)).isEmpty();
  }

  @Test
  void everyErrorIsAnErrorListWithTheSpecifiedStatusInBothFormats() throws Exception {
    for (String format : FORMATS) {
      String suffix = "." + format;
      assertError(open311.get("/services/NO_SUCH_SERVICE" + suffix), format, 404);
      assertError(
          open311.get("/services" + suffix + "?jurisdiction_id=elsewhere.example"), format, 404);
      assertError(open311.get("/requests/NO-SUCH-REQUEST" + suffix), format, 404);
      assertError(open311.get("/tokens/NO-SUCH-TOKEN" + suffix), format, 404);
      assertError(open311.get("/requests" + suffix + "?start_date=not-a-date"), format, 400);
      assertError(open311.get("/requests" + suffix + "?status=pending"), format, 400);
      assertError(
          open311.get(
              "/requests"
                  + suffix
                  + "?start_date=2026-01-01T00:00:00Z&end_date=2026-05-01T00:00:00Z"),
          format,
          400);
      Map<String, String> good = request("路灯不亮");
      Map<String, String> noKey = new LinkedHashMap<>(good);
      noKey.remove("api_key");
      assertError(open311.post("/requests" + suffix, noKey), format, 403);
      assertError(
          open311.post("/requests" + suffix, with(good, "api_key", "wrong-key")), format, 403);
      assertError(
          open311.post("/requests" + suffix, with(good, "service_code", "NO_SUCH")), format, 404);
      Map<String, String> nowhere = new LinkedHashMap<>(good);
      nowhere.remove("lat");
      nowhere.remove("long");
      nowhere.remove("address_string");
      assertError(open311.post("/requests" + suffix, nowhere), format, 400);
      assertError(open311.post("/requests" + suffix, with(good, "lat", "north")), format, 400);
      assertError(open311.post("/requests" + suffix, "application/json", "{}"), format, 400);
      assertError(open311.send("DELETE", "/requests" + suffix), format, 404);
    }
  }

  /**
   * Requests of two apps in streets of three districts, and requests of the citizen page, show in
   * the figures by channel and by street exactly as the test's own tally of them, as changes from
   * the figures before (the other tests submit requests to the same stack).
   */
  @Test
  void submittedRequestsShowInTheLiveFiguresUnderTheirChannelAndStreet() throws Exception {
    ReceivedFigures figures = new ReceivedFigures(stack.stats);
    stack.awaitConsumed(
        Topics.TICKET_EVENTS, LaunchedStack.STATS_APPLICATION_ID, Duration.ofSeconds(60));
    Map<String, Long> before =
        await("the figures readable")
            .atMost(Duration.ofSeconds(120))
            .ignoreExceptions()
            .until(figures::read, read -> true);

    Map<String, Long> submitted = new TreeMap<>(new StreetRequests(open311).submit(12));
    ReferenceData reference = ReferenceData.defaults();
    new CitizenPageRequests(stack.hotline)
        .submit(reference.streetsOf("YIMEI").get(0), reference.streetsOf("TANGWANG").get(0))
        .forEach((key, count) -> submitted.merge(key, count, Long::sum));

    await("the submitted requests counted")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .untilAsserted(
            () -> assertThat(ReceivedFigures.change(before, figures.read())).isEqualTo(submitted));
  }

  private void assertError(Open311Client.Answer answer, String format, int status)
      throws Exception {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertContentType(answer, format);
    List<Object> errors = list(tree(answer, format));
    assertThat(errors).as(answer.body()).isNotEmpty();
    for (Object item : errors) {
      Map<String, Object> error = object(item);
      assertThat((String) error.get("code")).as(answer.body()).isNotBlank();
      assertThat((String) error.get("description")).as(answer.body()).isNotBlank();
    }
  }

  /** The resource in both formats: each well formed, with its Content-Type, and equal. */
  private Object read(String resource) throws Exception {
    Open311Client.Answer xml = open311.get(resource + ".xml");
    Open311Client.Answer json = open311.get(resource + ".json");
    assertThat(xml.status()).as(xml.body()).isEqualTo(200);
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    assertContentType(xml, "xml");
    assertContentType(json, "json");
    Object tree = tree(xml, "xml");
    assertThat(tree(json, "json")).as(resource + ": JSON equals XML").isEqualTo(tree);
    return tree;
  }

  private static void assertContentType(Open311Client.Answer answer, String format) {
    String type = answer.contentType().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
    assertThat(type)
        .as("Content-Type")
        .isIn(format.equals("xml") ? "text/xml;charset=utf-8" : "application/json;charset=utf-8");
    if (format.equals("xml")) {
      assertThat(answer.body())
          .startsWithIgnoringCase("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }
  }

  private static Object tree(Open311Client.Answer answer, String format) throws Exception {
    return format.equals("xml")
        ? SparkConvention.ofXml(answer.body())
        : SparkConvention.ofJson(JSON.readTree(answer.body()));
  }

  private static tools.jackson.databind.JsonNode json(Open311Client.Answer answer) {
    return JSON.readTree(answer.body());
  }

  private List<String> numbersOf(String resource, String query) throws Exception {
    Open311Client.Answer xml = open311.get(resource + ".xml?" + query);
    Open311Client.Answer json = open311.get(resource + ".json?" + query);
    assertThat(xml.status()).as(xml.body()).isEqualTo(200);
    Object tree = tree(xml, "xml");
    assertThat(tree(json, "json")).isEqualTo(tree);
    return list(tree).stream().map(r -> (String) object(r).get("service_request_id")).toList();
  }

  private static Map<String, String> request(String description) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", DemoUsers.OPEN311_KEY);
    form.put("service_code", "HEATING");
    form.put("attribute[DISTRICT]", "YIMEI");
    form.put("lat", "47.7270");
    form.put("long", "128.8990");
    form.put("address_string", "旭日小区3号楼");
    form.put("phone", "13912345678");
    form.put("description", description);
    return form;
  }

  private static Map<String, String> with(Map<String, String> form, String field, String value) {
    Map<String, String> changed = new LinkedHashMap<>(form);
    changed.put(field, value);
    return changed;
  }

  private static OffsetDateTime w3(Object text) {
    return OffsetDateTime.parse((String) text);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object tree) {
    assertThat(tree).isInstanceOf(Map.class);
    return (Map<String, Object>) tree;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object tree) {
    assertThat(tree).isInstanceOf(List.class);
    return (List<Object>) tree;
  }
}
