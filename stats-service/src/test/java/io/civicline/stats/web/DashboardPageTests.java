package io.civicline.stats.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.events.ReferenceData;
import io.civicline.kit.console.ConsoleConfiguration;
import io.civicline.kit.security.SecurityBaseline;
import io.civicline.stats.api.FigureSources;
import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard page: who may open it, what frame it serves, in which language. */
@WebMvcTest(DashboardPage.class)
@ImportAutoConfiguration({SecurityBaseline.class, ConsoleConfiguration.class})
@Import({DashboardLabels.class, FigureSources.class, DashboardPageTests.Reference.class})
@WithMockUser(username = "manager", roles = "MANAGER")
class DashboardPageTests {

  @Autowired MockMvc mvc;

  @TestConfiguration
  static class Reference {
    @Bean
    ReferenceData referenceData() {
      return ReferenceData.defaults();
    }

    @Bean
    HotlineFigures hotlineFigures() {
      return new HotlineFigures(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    MediationFigures mediationFigures() {
      return new MediationFigures(ZoneId.of("Asia/Shanghai"));
    }
  }

  @Test
  void aManagerSeesTheTilesPickersAndChartsOfThisYearInChinese() throws Exception {
    mvc.perform(get("/dashboard"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<h1>"),
                        containsString("数据看板"),
                        containsString("id=\"hotline-received\""),
                        containsString("id=\"mediation-success-rate\""),
                        containsString("id=\"chart-trend\""),
                        containsString("伊美区"),
                        containsString("data-period=\"" + java.time.Year.now().getValue()),
                        containsString("/webjars/echarts/"),
                        containsString("/dist/echarts.min.js"),
                        containsString("/js/dashboard.js"),
                        containsString("manager"))));
  }

  @Test
  void thePeriodAndDistrictOfTheAddressAreShownAndEnglishIsOneClickAway() throws Exception {
    mvc.perform(get("/dashboard").param("period", "2026-03").param("district", "WUCUI"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("data-period=\"2026-03\""),
                        containsString("data-district=\"WUCUI\""),
                        containsString("lang=en"))));
    mvc.perform(get("/dashboard").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Completed on time")));
  }

  @Test
  void theHotlineTilesShowResponseAndResolutionRatesUrgesAndMediationAnswers() throws Exception {
    mvc.perform(get("/dashboard"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("data-value=\"rates.responseRate\""),
                        containsString("响应率"),
                        containsString("data-value=\"rates.resolutionRate\""),
                        containsString("解决率"),
                        containsString("data-value=\"figures.urged\""),
                        containsString("催办"),
                        containsString("data-value=\"figures.referralsConcluded\""),
                        not(containsString("signedOnTimeRate")))));
    mvc.perform(get("/dashboard").param("lang", "en"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("response rate"),
                        containsString("Resolution rate"),
                        containsString("Urged"))));
  }

  @Test
  void aBadPeriodOrDistrictIsAPageNamingIt() throws Exception {
    mvc.perform(get("/dashboard").param("period", "2026-13"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("统计周期")));
    mvc.perform(get("/dashboard").param("district", "ATLANTIS"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("ATLANTIS")));
  }

  @Test
  @WithMockUser(roles = "AGENT")
  void anAgentIsShownThatTheRoleMayNotUseThePage() throws Exception {
    mvc.perform(get("/dashboard"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("您的角色无权使用此页面")));
  }

  @Test
  void theAnnualReportOfThePeriodsYearIsOneClickAwayInTheUsersLanguage() throws Exception {
    mvc.perform(get("/dashboard").param("period", "2025-06"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("href=\"/dashboard/reports/annual/2025?lang=zh\""),
                        containsString("2025年度报告"))));
    mvc.perform(get("/dashboard").param("period", "2025").param("lang", "en"))
        .andExpect(content().string(containsString("/dashboard/reports/annual/2025?lang=en")));
  }

  @Test
  void theStartPageIsTheDashboard() throws Exception {
    mvc.perform(get("/")).andExpect(redirectedUrl("/dashboard"));
    mvc.perform(get("/console")).andExpect(redirectedUrl("/dashboard"));
  }

  @Test
  void theChartsLibraryIsServedFromTheJar() throws Exception {
    mvc.perform(get("/webjars/echarts/dist/echarts.min.js"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("echarts")));
  }
}
