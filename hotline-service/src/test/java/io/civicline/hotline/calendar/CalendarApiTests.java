package io.civicline.hotline.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.hotline.domain.CalendarYear;
import io.civicline.kit.testing.CaseServiceTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The working calendar in the running service, on 2026-12-28 (a Monday, four days before the
 * built-in calendar ends): deadlines past it are flagged, health warns, and an admin's upload
 * changes new deadlines without a restart. The uploaded 2027 days are test data.
 */
@CaseServiceTest(database = "hotline", partitions = 3)
@AutoConfigureMockMvc
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = {
      "civicline.hotline.sla.watch-interval=1h",
      "civicline.hotline.calendar-refresh=200ms"
    })
class CalendarApiTests {

  static final Instant TODAY = Instant.parse("2026-12-28T02:00:00Z"); // 10:00 in Yichun

  /** Five working days from 2026-12-28 when 2027 is unknown: 1 January counts as a Friday. */
  static final String DUE_WITHOUT_2027 = "2027-01-04T15:59:59Z";

  static final String DUE_WITH_NEW_YEARS_DAY_OFF = "2027-01-05T15:59:59Z";

  static final String YEAR_2027 =
      """
      {"holidays":["2027-01-01","2027-01-02","2027-01-03"],"workdays":[]}
      """;

  @TestConfiguration
  static class FixedDay {
    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(TODAY, ZoneOffset.UTC);
    }
  }

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired LiveCalendar calendar;

  @BeforeEach
  void onlyTheBuiltInCalendar() {
    mongo.remove(new Query(), CalendarYearStore.COLLECTION);
    await().atMost(Duration.ofSeconds(5)).until(() -> !calendar.current().covers(2027));
  }

  @Test
  void aDeadlinePastTheCalendarIsFlaggedToAgentsAndAdminsButNotDepartments() throws Exception {
    assertThat(dispatchedDeadline()).isEqualTo(DUE_WITHOUT_2027);

    mvc.perform(get("/api/calendar").with(httpBasic("agent", "agent")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.coveredUntil").value("2026-12-31"))
        .andExpect(jsonPath("$.uncoveredDeadline").value("2027-01-04"));
    for (String user : new String[] {"agent", "admin"}) {
      mvc.perform(get("/console").param("lang", "en").with(httpBasic(user, user)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("A deadline (2027-01-04) was counted past")));
    }
    mvc.perform(get("/console").param("lang", "en").with(httpBasic("heating", "heating")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("working calendar"))));
  }

  @Test
  void healthWarnsWithinSixtyDaysOfTheEndAndIsUpOnceTheNextYearIsLoaded() throws Exception {
    mvc.perform(get("/actuator/health/workingCalendar").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("WARNING"))
        .andExpect(jsonPath("$.details.coveredUntil").value("2026-12-31"))
        .andExpect(jsonPath("$.details.daysLeft").value(3));

    upload("2027", YEAR_2027, "admin").andExpect(status().isOk());

    mvc.perform(get("/actuator/health/workingCalendar").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.details.coveredUntil").value("2027-12-31"));
  }

  @Test
  void anAdminsUploadChangesTheNextDispatchsDefaultDeadlineWithoutARestart() throws Exception {
    assertThat(dispatchedDeadline()).isEqualTo(DUE_WITHOUT_2027);

    upload("2027", YEAR_2027, "admin")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.years[2]").value(2027))
        .andExpect(jsonPath("$.coveredUntil").value("2027-12-31"))
        .andExpect(jsonPath("$.endingSoon").value(false));

    assertThat(dispatchedDeadline()).isEqualTo(DUE_WITH_NEW_YEARS_DAY_OFF);
    mvc.perform(get("/api/calendar").with(httpBasic("water", "water")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.years.length()").value(3))
        .andExpect(jsonPath("$.uncoveredDeadline").doesNotExist());
  }

  @Test
  void aYearAnotherInstanceStoredIsUsedHereWithinTheRefreshTime() throws Exception {
    CalendarYear newYearsDay =
        new CalendarYear(2027, Set.of(LocalDate.parse("2027-01-01")), Set.of());
    new CalendarYearStore(mongo).save(newYearsDay, "admin", TODAY);

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> dispatchedDeadline().equals(DUE_WITH_NEW_YEARS_DAY_OFF));
  }

  @Test
  void onlyAnAdminMayLoadAYearAndEveryoneSignedInMayReadTheCalendar() throws Exception {
    for (String user : new String[] {"agent", "water", "manager", "heating"}) {
      upload("2027", YEAR_2027, user).andExpect(status().isForbidden());
      mvc.perform(get("/api/calendar").with(httpBasic(user, user))).andExpect(status().isOk());
    }
    mvc.perform(
            put("/api/calendar/2027").contentType(MediaType.APPLICATION_JSON).content(YEAR_2027))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/calendar")).andExpect(status().isUnauthorized());

    assertThat(mongo.getCollection(CalendarYearStore.COLLECTION).countDocuments()).isZero();
    assertThat(calendar.current().covers(2027)).isFalse();
  }

  @Test
  void aBadUploadIsA400NamingTheFieldAndChangesNothing() throws Exception {
    String[][] bad = {
      {"2027", "{\"holidays\":[\"2028-01-01\"]}", "holidays[0]"},
      {"2027", "{\"holidays\":[\"2027-01-01\",\"2027-01-01\"]}", "holidays[1]"},
      {"2027", "{\"holidays\":[\"2027-01-01\"],\"workdays\":[\"2026-12-27\"]}", "workdays[0]"},
      {"2027", "{\"holidays\":[\"2027-01-02\"],\"workdays\":[\"2027-01-02\"]}", "workdays[0]"},
      {"2027", "{\"holidays\":[\"2027-01-01\"],\"workdays\":[\"2027-01-04\"]}", "workdays[0]"},
      {"2027", "{\"holidays\":[null]}", "holidays[0]"},
      {"2027", "{\"holidays\":[]}", "holidays"},
      {"2027", "{\"workdays\":[]}", "holidays"},
      {"2027", "{\"holidays\":" + tooManyHolidays() + "}", "holidays"},
      {"2027", "{\"holidays\":[\"2027-02-30\"]}", "holidays"},
      {"1999", "{\"holidays\":[\"1999-01-01\"]}", "year"},
      {"abc", YEAR_2027, "year"},
    };
    for (String[] upload : bad) {
      upload(upload[0], upload[1], "admin")
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value(containsString(upload[2])));
    }
    upload("2027", "{\"holidays\":", "admin").andExpect(status().isBadRequest());

    assertThat(mongo.getCollection(CalendarYearStore.COLLECTION).countDocuments()).isZero();
    assertThat(calendar.current().covers(2027)).isFalse();
  }

  private static String tooManyHolidays() {
    StringBuilder days = new StringBuilder("[");
    for (LocalDate day = LocalDate.parse("2027-01-01"); day.getDayOfYear() <= 61; ) {
      days.append('"').append(day).append('"');
      day = day.plusDays(1);
      days.append(day.getDayOfYear() <= 61 ? "," : "]");
    }
    return days.toString();
  }

  private org.springframework.test.web.servlet.ResultActions upload(
      String year, String body, String user) throws Exception {
    return mvc.perform(
        put("/api/calendar/" + year)
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  /** Receives a NORMAL ticket, dispatches it without a deadline, returns the default deadline. */
  private String dispatchedDeadline() throws Exception {
    String ticket =
        """
        {"channel":"PHONE","category":"COMPLAINT","topic":"HEATING","district":"YIMEI",
         "caller":{"name":"李四","phone":"13900000009"},"description":"暖气不热"}
        """;
    String id = json(post("/api/tickets").content(ticket), 201).get("id").asString();
    String dispatched = "{\"department\":\"HEATING_CO\"}";
    return json(post("/api/tickets/" + id + "/dispatch").content(dispatched), 200)
        .get("dispatch")
        .get("deadline")
        .asString();
  }

  private tools.jackson.databind.JsonNode json(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      int expected)
      throws Exception {
    String body =
        mvc.perform(
                request.with(httpBasic("agent", "agent")).contentType(MediaType.APPLICATION_JSON))
            .andExpect(status().is(expected))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return JsonMapper.shared().readTree(body);
  }
}
