package io.civicline.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.events.EventJson;
import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TopicRecords;
import io.civicline.events.Topics;
import io.civicline.kit.privacy.PersonalDataAccess;
import io.civicline.kit.privacy.PersonalDataLog;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.EventTypes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ticket's place (street, address, coordinates): taken at intake and by the place action, the
 * street checked against the district, the address and coordinates shown only to those who work the
 * ticket (and recorded), and only the street on the event topic.
 */
@CaseServiceTest(database = "hotline")
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class TicketPlaceTests {

  static final String ADDRESS = "新兴中路86号3单元502";

  static final String WITH_PLACE =
      """
      {"channel":"PHONE","category":"COMPLAINT","topic":"HEATING","district":"%s",
       "caller":{"name":"李四","phone":"13600000001"},"description":"暖气不热",
       "place":%s}
      """;

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired KafkaConnectionDetails kafka;

  @Test
  void intakeWithAPlacePutsOnlyItsStreetIntoTheEvent() throws Exception {
    JsonNode ticket =
        receive(
            "YIMEI",
            """
            {"street":"YIMEI_XURI","address":"%s","latitude":47.7258,"longitude":128.9004}
            """
                .formatted(ADDRESS));
    String id = ticket.get("id").asString();

    assertThat(ticket.get("place").get("street").asString()).isEqualTo("YIMEI_XURI");
    assertThat(ticket.get("place").get("address").asString()).isEqualTo(ADDRESS);
    assertThat(ticket.get("place").get("latitude").asDouble()).isEqualTo(47.7258);
    EventTypes.awaitExactly(
        kafka.getBootstrapServers(),
        Topics.TICKET_EVENTS,
        id,
        TicketEventType::cloudEventType,
        TicketEventType.RECEIVED);
    List<ConsumerRecord<String, byte[]>> records =
        TopicRecords.withKey(kafka.getBootstrapServers(), Topics.TICKET_EVENTS, id);
    String payload = new String(records.get(0).value(), StandardCharsets.UTF_8);
    assertThat(payload).doesNotContain(ADDRESS, "新兴中路", "47.72", "128.90", "address");
    TicketEvent event = EventJson.readTicketEvent(records.get(0).value());
    assertThat(event.snapshot().street()).isEqualTo("YIMEI_XURI");
  }

  @Test
  void intakeWithoutAPlaceWorksAsBefore() throws Exception {
    String body =
        """
        {"channel":"PHONE","category":"COMPLAINT","district":"WUCUI",
         "caller":{"name":"李四","phone":"13600000002"},"description":"路灯不亮"}
        """;
    mvc.perform(
            post("/api/tickets")
                .with(httpBasic("agent", "agent"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.place").doesNotExist());
  }

  @Test
  void aStreetOfAnotherDistrictIsA400NamingTheField() throws Exception {
    for (String street : new String[] {"YIMEI_XURI", "NOWHERE"}) {
      mvc.perform(intake("WUCUI", "{\"street\":\"" + street + "\"}"))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value("place.street"));
    }
    String id = receive("WUCUI", "{\"street\":\"WUCUI_CUILUAN\"}").get("id").asString();
    setPlace(id, "1", "{\"place\":{\"street\":\"TIELI_TAOSHAN\"}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("place.street"));
  }

  @Test
  void badCoordinatesAreA400NamingTheField() throws Exception {
    mvc.perform(intake("YIMEI", "{\"latitude\":91,\"longitude\":128.9}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("place.latitude"));
    mvc.perform(intake("YIMEI", "{\"latitude\":47.7,\"longitude\":-180.5}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("place.longitude"));
    mvc.perform(intake("YIMEI", "{\"latitude\":47.7}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("place.longitude"));
    mvc.perform(intake("YIMEI", "{\"latitude\":\"north\",\"longitude\":128.9}"))
        .andExpect(status().isBadRequest());
    mvc.perform(intake("YIMEI", "{\"address\":\"" + "路".repeat(201) + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("place.address"));
  }

  @Test
  void anAgentCorrectsThePlaceAndTheHistoryKeepsTheStreetOnly() throws Exception {
    String id = receive("YIMEI", "{\"street\":\"YIMEI_XURI\"}").get("id").asString();

    setPlace(
            id,
            "1",
            "{\"place\":{\"street\":\"YIMEI_NANJUN\",\"address\":\"%s\"}}".formatted(ADDRESS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.place.street").value("YIMEI_NANJUN"))
        .andExpect(jsonPath("$.place.address").value(ADDRESS))
        .andExpect(jsonPath("$.history[1].action").value("SET_PLACE"))
        .andExpect(jsonPath("$.history[1].note").value("YIMEI_NANJUN"));
    setPlace(id, "2", "{}").andExpect(status().isBadRequest());

    EventTypes.awaitExactly(
        kafka.getBootstrapServers(),
        Topics.TICKET_EVENTS,
        id,
        TicketEventType::cloudEventType,
        TicketEventType.RECEIVED,
        TicketEventType.PLACE_SET);
    ConsumerRecord<String, byte[]> corrected =
        TopicRecords.withKey(kafka.getBootstrapServers(), Topics.TICKET_EVENTS, id).get(1);
    assertThat(new String(corrected.value(), StandardCharsets.UTF_8)).doesNotContain(ADDRESS);
    assertThat(EventJson.readTicketEvent(corrected.value()).snapshot().street())
        .isEqualTo("YIMEI_NANJUN");
  }

  @Test
  void correctingThePlaceOnAStaleVersionIs409AndChangesNothing() throws Exception {
    String id = receive("YIMEI", "{\"street\":\"YIMEI_XURI\"}").get("id").asString();
    setPlace(id, "1", "{\"place\":{\"street\":\"YIMEI_QIANJIN\"}}").andExpect(status().isOk());

    setPlace(id, "1", "{\"place\":{\"street\":\"YIMEI_MEIXI\"}}")
        .andExpect(status().isConflict())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.current.version").value(2))
        .andExpect(jsonPath("$.current.place.street").value("YIMEI_QIANJIN"));
  }

  @Test
  void departmentStaffMayNotSetThePlace() throws Exception {
    String id = receive("YIMEI", "{\"street\":\"YIMEI_XURI\"}").get("id").asString();
    dispatch(id, "HEATING_CO");

    setPlace(id, null, "{\"place\":{\"street\":\"YIMEI_QIANJIN\"}}", "heating")
        .andExpect(status().isForbidden());
  }

  @Test
  void showingTheAddressIsRecordedAndOthersSeeTheStreetOnly() throws Exception {
    String id =
        receive(
                "YIMEI",
                "{\"street\":\"YIMEI_XURI\",\"address\":\"%s\",\"latitude\":47.7,\"longitude\":128.9}"
                    .formatted(ADDRESS))
            .get("id")
            .asString();
    dispatch(id, "HEATING_CO");

    mvc.perform(get("/api/tickets/" + id).with(httpBasic("heating", "heating")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.place.address").value(ADDRESS))
        .andExpect(jsonPath("$.place.longitude").value(128.9));
    assertThat(shown(id, "heating"))
        .anySatisfy(
            access -> assertThat(access.fields()).contains("place.address", "place.coordinates"));

    // Another department cannot open it at all; an admin sees it without the address.
    mvc.perform(get("/api/tickets/" + id).with(httpBasic("water", "water")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/tickets/" + id).with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.place.street").value("YIMEI_XURI"))
        .andExpect(jsonPath("$.place.address").doesNotExist())
        .andExpect(jsonPath("$.place.latitude").doesNotExist());
    assertThat(shown(id, "admin"))
        .noneSatisfy(a -> assertThat(a.fields()).contains("place.address"));

    // Once the department replied, it no longer works the ticket and sees the street only.
    mvc.perform(
            post("/api/tickets/" + id + "/reply")
                .with(httpBasic("heating", "heating"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"result\":\"RESOLVED\",\"note\":\"已修复\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.place.street").value("YIMEI_XURI"))
        .andExpect(jsonPath("$.place.address").doesNotExist());
  }

  @Test
  void theSearchFindsTicketsByTheirStreetNow() throws Exception {
    String id = receive("TIELI", "{\"street\":\"TIELI_SHENSHU\"}").get("id").asString();
    setPlace(id, "1", "{\"place\":{\"street\":\"TIELI_RIYUEXIA\"}}").andExpect(status().isOk());

    assertThat(search("street=TIELI_RIYUEXIA")).contains(id);
    assertThat(search("street=TIELI_SHENSHU")).doesNotContain(id);
  }

  @Test
  void theConsoleTakesThePlaceAtIntakeAndInItsForm() throws Exception {
    String ticket =
        mvc.perform(
                post("/console/tickets")
                    .with(httpBasic("agent", "agent"))
                    .with(csrf())
                    .param("channel", "PHONE")
                    .param("category", "COMPLAINT")
                    .param("district", "NANCHA")
                    .param("caller.phone", "13600000009")
                    .param("description", "路面塌陷")
                    .param("place.street", "NANCHA_NANCHA")
                    .param("place.address", ADDRESS))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(ticket).with(httpBasic("agent", "agent")))
        .andExpect(content().string(containsString(ADDRESS)))
        .andExpect(content().string(containsString("南岔镇")))
        .andExpect(content().string(containsString("id=\"act-place\"")));

    mvc.perform(
            post(ticket + "/place")
                .with(httpBasic("agent", "agent"))
                .with(csrf())
                .param("version", "1")
                .param("place.street", "NANCHA_CHENMING")
                .param("place.latitude", "46.9")
                .param("place.longitude", "129.3"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attributeExists("notice"));
    String id = ticket.substring(ticket.lastIndexOf('/') + 1);
    mvc.perform(get("/api/tickets/" + id).with(httpBasic("agent", "agent")))
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.place.street").value("NANCHA_CHENMING"))
        .andExpect(jsonPath("$.place.latitude").value(46.9))
        .andExpect(jsonPath("$.place.address").doesNotExist());

    mvc.perform(
            post(ticket + "/place")
                .with(httpBasic("agent", "agent"))
                .with(csrf())
                .param("version", "2")
                .param("place.latitude", "46.9"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", containsString("place.longitude")));
  }

  private JsonNode receive(String district, String place) throws Exception {
    String response =
        mvc.perform(intake(district, place))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return JsonMapper.shared().readTree(response);
  }

  private org.springframework.test.web.servlet.RequestBuilder intake(
      String district, String place) {
    return post("/api/tickets")
        .with(httpBasic("agent", "agent"))
        .contentType(MediaType.APPLICATION_JSON)
        .content(WITH_PLACE.formatted(district, place));
  }

  private ResultActions setPlace(String id, String ifMatch, String body) throws Exception {
    return setPlace(id, ifMatch, body, "agent");
  }

  private ResultActions setPlace(String id, String ifMatch, String body, String user)
      throws Exception {
    var request =
        post("/api/tickets/" + id + "/place")
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body);
    if (ifMatch != null) {
      request.header("If-Match", "\"" + ifMatch + "\"");
    }
    return mvc.perform(request);
  }

  private void dispatch(String id, String department) throws Exception {
    mvc.perform(
            post("/api/tickets/" + id + "/dispatch")
                .with(httpBasic("agent", "agent"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"department\":\"" + department + "\"}"))
        .andExpect(status().isOk());
  }

  private String search(String query) throws Exception {
    return mvc.perform(get("/api/tickets?" + query).with(httpBasic("agent", "agent")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private List<PersonalDataAccess> shown(String id, String user) {
    return mongo.find(
        Query.query(Criteria.where("user").is(user).and("records").is(id)),
        PersonalDataAccess.class,
        PersonalDataLog.COLLECTION);
  }
}
