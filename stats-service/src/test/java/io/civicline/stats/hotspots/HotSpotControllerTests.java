package io.civicline.stats.hotspots;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.events.ReferenceData;
import io.civicline.kit.problem.ApiProblems;
import io.civicline.kit.security.SecurityBaseline;
import io.civicline.stats.api.FigureAccessRules;
import io.civicline.stats.api.FigureSources;
import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import io.civicline.stats.league.LeagueCounters;
import io.civicline.stats.links.FigureLinks;
import io.civicline.stats.streams.FigureCounts;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The hot spots of an ISO week over HTTP, on hand-made daily counters (the stores mocked). */
@WebMvcTest(HotSpotController.class)
@ImportAutoConfiguration(SecurityBaseline.class)
@Import({
  HotSpotControllerTests.Figures.class,
  HotSpots.class,
  FigureSources.class,
  FigureLinks.class,
  FigureAccessRules.class,
  ApiProblems.class
})
@WithMockUser(roles = "MANAGER")
class HotSpotControllerTests {

  @Autowired MockMvc mvc;

  @MockitoBean FigureCounts counts;

  @TestConfiguration
  static class Figures {
    @Bean
    HotlineFigures hotlineFigures() {
      return new HotlineFigures(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    MediationFigures mediationFigures() {
      return new MediationFigures(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    ReferenceData referenceData() {
      return ReferenceData.defaults();
    }
  }

  @Test
  void aTopicInADistrictAtLeastTwiceItsWeeklyMeanAndFiveTicketsIsAHotSpotHottestFirst()
      throws Exception {
    // 2026-W49 is Monday 2026-11-30 … Sunday 2026-12-06; the four weeks before 11-02 … 11-29
    new LeagueCounters()
        // 8 against 8 / 4 = 2.0 a week: 4.0
        .set("TOPIC_DISTRICT:HEATING.YIMEI", "2026-11-30", "received", 6)
        .set("TOPIC_DISTRICT:HEATING.YIMEI", "2026-12-06", "received", 2)
        .set("TOPIC_DISTRICT:HEATING.YIMEI", "2026-11-02", "received", 4)
        .set("TOPIC_DISTRICT:HEATING.YIMEI", "2026-11-29", "received", 4)
        // outside the five weeks: not counted
        .set("TOPIC_DISTRICT:HEATING.YIMEI", "2026-12-07", "received", 90)
        .set("TOPIC_DISTRICT:HEATING.YIMEI", "2026-11-01", "received", 90)
        // 5 out of nothing: first
        .set("TOPIC_DISTRICT:ENVIRONMENT.TIELI", "2026-12-03", "received", 5)
        // exactly twice 3.0 a week: 2.0, still hot
        .set("TOPIC_DISTRICT:WATER_SUPPLY.WUCUI", "2026-12-01", "received", 6)
        .set("TOPIC_DISTRICT:WATER_SUPPLY.WUCUI", "2026-11-15", "received", 12)
        // 1.9 times: not hot
        .set("TOPIC_DISTRICT:WATER_SUPPLY.YIMEI", "2026-12-01", "received", 19)
        .set("TOPIC_DISTRICT:WATER_SUPPLY.YIMEI", "2026-11-15", "received", 40)
        // 4 out of nothing: too few
        .set("TOPIC_DISTRICT:HEATING.WUCUI", "2026-12-01", "received", 4)
        .feed(counts);

    mvc.perform(get("/api/stats/hotline/hotspots").param("week", "2026-W49"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from").value("2026-11-30"))
        .andExpect(jsonPath("$.to").value("2026-12-06"))
        .andExpect(jsonPath("$.beforeFrom").value("2026-11-02"))
        .andExpect(jsonPath("$.beforeTo").value("2026-11-29"))
        .andExpect(jsonPath("$.factor").value(2.0))
        .andExpect(jsonPath("$.minCount").value(5))
        .andExpect(jsonPath("$.spots", hasSize(3)))
        .andExpect(jsonPath("$.spots[0].topic").value("ENVIRONMENT"))
        .andExpect(jsonPath("$.spots[0].district").value("TIELI"))
        .andExpect(jsonPath("$.spots[0].ratio").value(nullValue()))
        .andExpect(jsonPath("$.spots[1].topic").value("HEATING"))
        .andExpect(jsonPath("$.spots[1].district").value("YIMEI"))
        .andExpect(jsonPath("$.spots[1].received").value(8))
        .andExpect(jsonPath("$.spots[1].fourWeeksBefore").value(8))
        .andExpect(jsonPath("$.spots[1].weeklyMean").value(2.0))
        .andExpect(jsonPath("$.spots[1].ratio").value(4.0))
        .andExpect(
            jsonPath("$.spots[1].link")
                .value(
                    "http://127.0.0.1:8081/console/search?fact=received"
                        + "&from=2026-11-30&to=2026-12-06&topic=HEATING&district=YIMEI"))
        .andExpect(jsonPath("$.spots[2].topic").value("WATER_SUPPLY"))
        .andExpect(jsonPath("$.spots[2].district").value("WUCUI"))
        .andExpect(jsonPath("$.spots[2].ratio").value(2.0));
  }

  @Test
  void byStreetATopicInAStreetIsAHotSpotWithItsDistrictAndItsStreetsTickets() throws Exception {
    new LeagueCounters()
        .set("TOPIC_STREET:HEATING.YIMEI_XURI", "2026-12-01", "received", 6)
        .set("TOPIC_STREET:HEATING.YIMEI_XURI", "2026-11-10", "received", 4)
        // the district's pair is not a street's
        .set("TOPIC_DISTRICT:HEATING.WUCUI", "2026-12-01", "received", 9)
        .feed(counts);

    mvc.perform(get("/api/stats/hotline/hotspots").param("week", "2026-W49").param("by", "street"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.spots", hasSize(1)))
        .andExpect(jsonPath("$.spots[0].topic").value("HEATING"))
        .andExpect(jsonPath("$.spots[0].district").value("YIMEI"))
        .andExpect(jsonPath("$.spots[0].street").value("YIMEI_XURI"))
        .andExpect(jsonPath("$.spots[0].ratio").value(6.0))
        .andExpect(
            jsonPath("$.spots[0].link")
                .value(
                    "http://127.0.0.1:8081/console/search?fact=received"
                        + "&from=2026-11-30&to=2026-12-06&topic=HEATING&street=YIMEI_XURI"));
    mvc.perform(get("/api/stats/hotline/hotspots").param("by", "village"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("by"));
  }

  @Test
  void aWeekThatIsNotAnIsoWeekIsABadRequestNamingIt() throws Exception {
    mvc.perform(get("/api/stats/hotline/hotspots").param("week", "2026-12-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("week"));
    mvc.perform(get("/api/stats/hotline/hotspots").param("week", "2026-W54"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("week"));
  }

  @Test
  @WithMockUser(roles = "AGENT")
  void agentsDoNotSeeTheHotSpots() throws Exception {
    mvc.perform(get("/api/stats/hotline/hotspots")).andExpect(status().isForbidden());
  }
}
