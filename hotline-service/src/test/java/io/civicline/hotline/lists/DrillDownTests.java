package io.civicline.hotline.lists;

import static io.civicline.hotline.lists.PastTicket.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.hotline.domain.CallbackRating;
import io.civicline.hotline.domain.SlaPolicy;
import io.civicline.hotline.store.TicketStore;
import io.civicline.kit.testing.CaseServiceTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drill-down: {@code GET /api/tickets?fact=…} lists exactly the tickets a figure counts, each
 * expectation written out by hand from the tickets' stories. Each test keeps to its own month (or
 * district, for the live figures), so that the others' tickets stay out of its lists. On the
 * embedded MongoDB-wire server, which must answer the {@code $elemMatch} over the steps right.
 */
@CaseServiceTest(database = "hotline")
@AutoConfigureMockMvc
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = "civicline.hotline.sla.watch-interval=1h")
class DrillDownTests {

  @Autowired MockMvc mvc;
  @Autowired TicketStore store;
  @Autowired SlaPolicy sla;

  @Test
  void aDispatchCountsForTheCityOnceAndForEachDepartmentDispatchedTo() throws Exception {
    String x =
        stored(
            received("2026-03-10T09:00")
                .dispatch("HEATING_CO", "2026-03-10T10:00")
                .returnToAgents("2026-03-10T11:00")
                .dispatch("WATER_CO", "2026-03-10T12:00"));
    // First dispatched in February: the city counted it then; its March dispatch counts for
    // WATER_CO.
    String y =
        stored(
            received("2026-02-27T09:00")
                .dispatch("HEATING_CO", "2026-02-27T10:00")
                .returnToAgents("2026-02-27T11:00")
                .dispatch("WATER_CO", "2026-03-02T09:00"));
    String march = "&from=2026-03-01&to=2026-03-31";

    assertThat(ids("fact=dispatched" + march)).containsExactly(x);
    assertThat(ids("fact=dispatched&department=HEATING_CO" + march)).containsExactly(x);
    assertThat(ids("fact=dispatched&department=WATER_CO" + march)).containsExactly(x, y);
    assertThat(ids("fact=dispatches&department=WATER_CO" + march)).containsExactly(x, y);
    assertThat(ids("fact=returned&department=HEATING_CO" + march)).containsExactly(x);
    assertThat(ids("fact=returned&department=WATER_CO" + march)).isEmpty();
    assertThat(ids("fact=dispatched&from=2026-02-01&to=2026-02-28")).containsExactly(y);
  }

  @Test
  void oneStepMustMatchTypeDepartmentAndPeriodTogether() throws Exception {
    // A HEATING_CO dispatch in April and a WATER_CO dispatch in May: no single step is a HEATING_CO
    // dispatch in May, though the ticket has a HEATING_CO step and a dispatch in May.
    stored(
        received("2026-04-20T09:00")
            .dispatch("HEATING_CO", "2026-04-20T10:00")
            .returnToAgents("2026-04-20T11:00")
            .dispatch("WATER_CO", "2026-05-04T09:00"));

    assertThat(ids("fact=dispatched&department=HEATING_CO&from=2026-05-01&to=2026-05-31"))
        .isEmpty();
  }

  @Test
  void anOnTimeSignatureCountsInThePeriodOfItsDispatchAndStaysAfterAReopening() throws Exception {
    // Dispatched on the last evening of June, signed for on time just after midnight in July.
    String z =
        stored(
            received("2026-06-30T20:00")
                .dispatch("HEATING_CO", "2026-06-30T23:00")
                .sign("2026-07-01T00:30")
                .reply("2026-07-02T10:00")
                .callback(CallbackRating.UNSATISFIED, false, "2026-07-03T10:00")
                .reopen("2026-07-03T11:00"));
    // Signed for three hours after its dispatch: outside the two-hour window.
    stored(
        received("2026-06-10T08:00")
            .dispatch("HEATING_CO", "2026-06-10T09:00")
            .sign("2026-06-10T12:00"));

    assertThat(ids("fact=signedOnTime&from=2026-06-01&to=2026-06-30")).containsExactly(z);
    assertThat(ids("fact=signedOnTime&department=HEATING_CO&from=2026-06-30&to=2026-06-30"))
        .containsExactly(z);
    assertThat(ids("fact=signedOnTime&from=2026-07-01&to=2026-07-31")).isEmpty();
    assertThat(ids("fact=reopened&department=HEATING_CO&from=2026-07-01&to=2026-07-31"))
        .containsExactly(z);
  }

  @Test
  void callbacksCountByTheirRatingAndSolvedAnswerForTheDepartmentThatReplied() throws Exception {
    String satisfied = callback("2026-08-03T10:00", CallbackRating.SATISFIED, true);
    String unreachable = callback("2026-08-04T10:00", CallbackRating.UNREACHABLE, null);
    String unsatisfied = callback("2026-08-05T10:00", CallbackRating.VERY_UNSATISFIED, false);
    String august = "&from=2026-08-01&to=2026-08-31";

    assertThat(ids("fact=rated" + august)).containsExactly(unsatisfied, satisfied);
    assertThat(ids("fact=satisfied" + august)).containsExactly(satisfied);
    assertThat(ids("fact=resolved&department=HEATING_CO" + august)).containsExactly(satisfied);
    assertThat(ids("fact=resolved&department=WATER_CO" + august)).isEmpty();
    assertThat(ids("fact=completed&department=HEATING_CO" + august))
        .containsExactly(unsatisfied, unreachable, satisfied);
  }

  @Test
  void receiptFactsCountOriginalsByTheDayOfReceiptAndCombineWithChannel() throws Exception {
    // Ten past midnight in Yichun, still August 31 in UTC: the city's day decides.
    PastTicket first = received("PHONE", null, "2026-09-01T00:10");
    String phone = stored(first);
    String web = stored(received("WEB", null, "2026-09-15T12:00"));
    // A duplicate (重复件) counts with its original, not as received itself.
    stored(
        received("PHONE", null, "2026-09-16T12:00")
            .then(
                c ->
                    c.ticket()
                        .markDuplicateOf(
                            first.change().ticket(), null, "agent", at("2026-09-16T12:05"))));
    String atIntake = stored(received("PHONE", "已告知供热时间", "2026-09-30T23:50"));
    stored(received("PHONE", null, "2026-08-31T23:59"));
    String september = "&from=2026-09-01&to=2026-09-30";

    assertThat(ids("fact=received" + september)).containsExactly(atIntake, web, phone);
    assertThat(ids("fact=callsAnswered" + september)).containsExactly(atIntake, phone);
    assertThat(ids("fact=resolvedOnFirstContact" + september)).containsExactly(atIntake);
    assertThat(ids("fact=received&channel=WEB&topic=HEATING" + september)).containsExactly(web);
    assertThat(ids("fact=received&channel=WEB&topic=WATER_SUPPLY" + september)).isEmpty();
  }

  @Test
  void liveFiguresListWhatIsOpenNowAndChargeTheDepartmentHoldingIt() throws Exception {
    PastTicket risky =
        received("PHONE", "FENGLIN", null, "2026-10-01T09:00")
            .dispatch("HEATING_CO", "2026-10-01T10:00");
    String atRisk = stored(risky.then(c -> c.ticket().markAtRisk(at("2026-10-05T06:00"))));
    String overdue =
        stored(
            received("PHONE", "FENGLIN", null, "2026-10-02T09:00")
                .dispatch("HEATING_CO", "2026-10-02T10:00")
                .then(c -> c.ticket().markOverdue(at("2026-10-08T00:00"))));
    String waiting = stored(received("PHONE", "FENGLIN", null, "2026-10-03T09:00"));
    stored(received("PHONE", "FENGLIN", "已答复", "2026-10-04T09:00"));

    assertThat(ids("fact=open&district=FENGLIN")).containsExactly(waiting, overdue, atRisk);
    assertThat(ids("fact=open&district=FENGLIN&department=HEATING_CO"))
        .containsExactly(overdue, atRisk);
    assertThat(ids("fact=atRisk&district=FENGLIN")).containsExactly(atRisk);
    assertThat(ids("fact=overdue&district=FENGLIN&department=HEATING_CO")).containsExactly(overdue);
    assertThat(ids("fact=overdue&district=FENGLIN&department=WATER_CO")).isEmpty();
  }

  @Test
  void aDrillDownPagesNewestFirst() throws Exception {
    String first = stored(received("2026-11-02T09:00").dispatch("URBAN_MGMT", "2026-11-02T10:00"));
    String second = stored(received("2026-11-03T09:00").dispatch("URBAN_MGMT", "2026-11-03T10:00"));
    String november = "fact=dispatched&department=URBAN_MGMT&from=2026-11-01&to=2026-11-30";

    JsonNode page0 = search(november + "&size=1", "agent");
    JsonNode page1 = search(november + "&size=1&page=1", "agent");

    assertThat(idsOf(page0)).containsExactly(second);
    assertThat(page0.get("hasNext").asBoolean()).isTrue();
    assertThat(idsOf(page1)).containsExactly(first);
    assertThat(page1.get("hasNext").asBoolean()).isFalse();
  }

  @Test
  void badDrillDownParametersAreA400NamingTheField() throws Exception {
    badRequest("fact=calls", "fact");
    badRequest("fact=received&from=2026-03-31&to=2026-03-01", "from");
    badRequest("fact=received&from=2026-02-30&to=2026-03-01", "from");
    badRequest("fact=received&from=2026-03-01", "to");
    badRequest("fact=received&from=2026-03-01&to=2026-03-31&department=HEATING_CO", "department");
    badRequest("fact=referred&from=2026-03-01&to=2026-03-31&department=HEATING_CO", "department");
    badRequest("fact=open&from=2026-03-01", "from");
    badRequest("from=2026-03-01&to=2026-03-31", "fact");
    badRequest("fact=received&from=99999-01-01&to=2026-03-31", "from");
    badRequest("page=x", "page");
    badRequest("status=LOST", "status");
  }

  @Test
  void aManagerListsTheTicketsBehindAFigureButOpensNoneAndActsOnNone() throws Exception {
    String id = stored(received("2026-12-01T09:00").dispatch("HEATING_CO", "2026-12-01T10:00"));

    assertThat(
            idsOf(
                search(
                    "fact=dispatched&department=HEATING_CO&from=2026-12-01&to=2026-12-31",
                    "manager")))
        .containsExactly(id);
    mvc.perform(get("/api/tickets/" + id).with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
    // A phone number would find a caller's tickets.
    mvc.perform(get("/api/tickets?q=13800000000").with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/tickets/queue").with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/tickets/at-risk").with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/tickets/" + id + "/urge")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/console/search?fact=open").with(httpBasic("manager", "manager")))
        .andExpect(status().isOk());
    mvc.perform(get("/console/tickets/" + id).with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/console/at-risk").with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
  }

  private String callback(String at, CallbackRating rating, Boolean solved) {
    String day = at.substring(0, 10);
    return stored(
        received(day + "T08:00")
            .dispatch("HEATING_CO", day + "T08:10")
            .sign(day + "T08:20")
            .reply(day + "T09:00")
            .callback(rating, solved, at));
  }

  private PastTicket received(String at) {
    return received("PHONE", null, at);
  }

  private PastTicket received(String channel, String answer, String at) {
    return received(channel, "YIMEI", answer, at);
  }

  private PastTicket received(String channel, String district, String answer, String at) {
    return PastTicket.received(sla, channel, district, answer, at);
  }

  private String stored(PastTicket ticket) {
    store.insert(ticket.change());
    return ticket.id();
  }

  private void badRequest(String query, String field) throws Exception {
    mvc.perform(get("/api/tickets?" + query).with(httpBasic("agent", "agent")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value(field));
  }

  private List<String> ids(String query) throws Exception {
    return idsOf(search(query + "&size=100", "agent"));
  }

  private JsonNode search(String query, String user) throws Exception {
    String body =
        mvc.perform(get("/api/tickets?" + query).with(httpBasic(user, user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return JsonMapper.shared().readTree(body);
  }

  private static List<String> idsOf(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asString()));
    return ids;
  }
}
