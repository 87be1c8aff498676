package io.civicline.stats.league;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.events.ReferenceData;
import io.civicline.kit.problem.ApiProblems;
import io.civicline.kit.security.SecurityBaseline;
import io.civicline.stats.api.FigureAccessRules;
import io.civicline.stats.api.FigureSources;
import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import io.civicline.stats.streams.FigureCounts;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The league's HTTP contract, on hand-made counters and the weights of application.yml. */
@WebMvcTest(LeagueController.class)
@ImportAutoConfiguration(SecurityBaseline.class)
@Import({
  LeagueControllerTests.Figures.class,
  League.class,
  LeagueConfiguration.class,
  FigureSources.class,
  FigureAccessRules.class,
  ApiProblems.class
})
@WithMockUser(roles = "MANAGER")
class LeagueControllerTests {

  @Autowired MockMvc mvc;

  @MockitoBean FigureCounts counts;

  @TestConfiguration
  @EnableConfigurationProperties(LeagueProperties.class)
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
  void ranksTheDepartmentsOfAMonthWithTheirRatesScoresAndTheChangeFromTheMonthBefore()
      throws Exception {
    new LeagueCounters()
        // 9/10 = 90.0, 3/4 = 75.0, 4/4 = 100.0 → 88.3; the month before 2/2 = 100.0, 1st
        .set(
            "DEPARTMENT:HEATING_CO",
            "2026-11",
            "dispatches",
            10,
            "signedOnTime",
            9,
            "rated",
            4,
            "resolved",
            3,
            "satisfied",
            4,
            "returned",
            1,
            "urged",
            2)
        .set("DEPARTMENT:HEATING_CO", "2026-10", "dispatches", 2, "signedOnTime", 2)
        .set("DEPARTMENT:HEATING_CO", "now", "overdue", 3)
        // 8/8 = 100.0; the month before 1/2 = 50.0, 2nd
        .set("DEPARTMENT:WATER_CO", "2026-11", "dispatches", 8, "signedOnTime", 8)
        .set("DEPARTMENT:WATER_CO", "2026-10", "dispatches", 2, "signedOnTime", 1)
        .feed(counts);

    mvc.perform(
            get("/api/stats/hotline/league").param("period", "2026-11").param("by", "department"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.period").value("2026-11"))
        .andExpect(jsonPath("$.previousPeriod").value("2026-10"))
        .andExpect(jsonPath("$.by").value("department"))
        .andExpect(jsonPath("$.weights.responseRate").value(1))
        .andExpect(jsonPath("$.weights.completedOnTimeRate").doesNotExist())
        .andExpect(jsonPath("$.rows", hasSize(14)))
        .andExpect(jsonPath("$.rows[0].code").value("WATER_CO"))
        .andExpect(jsonPath("$.rows[0].rank").value(1))
        .andExpect(jsonPath("$.rows[0].score").value(100.0))
        .andExpect(jsonPath("$.rows[0].previousRank").value(2))
        .andExpect(jsonPath("$.rows[0].movement").value(1))
        .andExpect(jsonPath("$.rows[1].code").value("HEATING_CO"))
        .andExpect(jsonPath("$.rows[1].rank").value(2))
        .andExpect(jsonPath("$.rows[1].score").value(88.3))
        .andExpect(jsonPath("$.rows[1].previousScore").value(100.0))
        .andExpect(jsonPath("$.rows[1].movement").value(-1))
        .andExpect(jsonPath("$.rows[1].figures.dispatches").value(10))
        .andExpect(jsonPath("$.rows[1].figures.urged").value(2))
        .andExpect(jsonPath("$.rows[1].figures.overdue").value(3))
        .andExpect(jsonPath("$.rows[1].rates.responseRate").value(90.0))
        .andExpect(jsonPath("$.rows[1].rates.returnedRate").value(10.0))
        .andExpect(jsonPath("$.rows[1].rates.resolutionRate").value(75.0))
        .andExpect(jsonPath("$.rows[2].code").value("URBAN_MGMT"))
        .andExpect(jsonPath("$.rows[2].rank").value(nullValue()))
        .andExpect(jsonPath("$.rows[2].score").value(nullValue()));
  }

  @Test
  void aQuarterSumsTheCountersOfItsThreeMonths() throws Exception {
    new LeagueCounters()
        // (1 + 1 + 1) / (1 + 2 + 3) = 50.0
        .set("DEPARTMENT:HEATING_CO", "2026-10", "dispatches", 1, "signedOnTime", 1)
        .set("DEPARTMENT:HEATING_CO", "2026-11", "dispatches", 2, "signedOnTime", 1)
        .set("DEPARTMENT:HEATING_CO", "2026-12", "dispatches", 3, "signedOnTime", 1)
        .set("DEPARTMENT:HEATING_CO", "2026-09", "dispatches", 4, "signedOnTime", 4)
        .feed(counts);

    mvc.perform(get("/dashboard/figures/hotline/league").param("period", "2026-Q4"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.period").value("2026-Q4"))
        .andExpect(jsonPath("$.previousPeriod").value("2026-Q3"))
        .andExpect(jsonPath("$.rows[0].figures.dispatches").value(6))
        .andExpect(jsonPath("$.rows[0].rates.responseRate").value(50.0))
        .andExpect(jsonPath("$.rows[0].score").value(50.0))
        .andExpect(jsonPath("$.rows[0].previousScore").value(100.0))
        .andExpect(jsonPath("$.rows[0].movement").value(0));
  }

  @Test
  void ranksTheDistrictGovernmentsOfAYear() throws Exception {
    new LeagueCounters()
        .set("DISTRICT:TIELI", "2026", "dispatches", 4, "signedOnTime", 4)
        .set("DISTRICT:YIMEI", "2026", "dispatches", 4, "signedOnTime", 2)
        .feed(counts);

    mvc.perform(get("/api/stats/hotline/league").param("period", "2026").param("by", "district"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.previousPeriod").value("2025"))
        .andExpect(jsonPath("$.rows", hasSize(10)))
        .andExpect(jsonPath("$.rows[0].code").value("TIELI"))
        .andExpect(jsonPath("$.rows[1].code").value("YIMEI"))
        .andExpect(jsonPath("$.rows[1].rank").value(2));
  }

  @Test
  void aBadPeriodOrBreakdownIsAProblemNamingIt() throws Exception {
    for (String period : new String[] {"2026-Q5", "2026-11-26", "2026-13", "Q4", ""}) {
      mvc.perform(get("/api/stats/hotline/league").param("period", period))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value("period"));
    }
    mvc.perform(get("/api/stats/hotline/league").param("period", "2026").param("by", "category"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("by"))
        .andExpect(jsonPath("$.detail").value(containsString("category")));
    mvc.perform(get("/api/stats/hotline/league"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void anAdminSeesTheLeague() throws Exception {
    new LeagueCounters().feed(counts);
    mvc.perform(get("/api/stats/hotline/league").param("period", "2026"))
        .andExpect(status().isOk());
  }

  @Test
  @WithMockUser(roles = "AGENT")
  void anAgentMayNotSeeTheLeague() throws Exception {
    mvc.perform(get("/api/stats/hotline/league").param("period", "2026"))
        .andExpect(status().isForbidden());
  }

  @Test
  @WithMockUser(roles = "DEPARTMENT")
  void departmentStaffMayNotSeeTheLeague() throws Exception {
    mvc.perform(get("/api/stats/hotline/league").param("period", "2026"))
        .andExpect(status().isForbidden());
  }

  @Test
  @WithAnonymousUser
  void nobodySignedInIsAskedToSignIn() throws Exception {
    mvc.perform(get("/api/stats/hotline/league").param("period", "2026"))
        .andExpect(status().isUnauthorized());
  }
}
