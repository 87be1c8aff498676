package io.civicline.stats.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.events.ReferenceData;
import io.civicline.kit.problem.ApiProblems;
import io.civicline.kit.security.SecurityBaseline;
import io.civicline.stats.figures.FigureKey;
import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import io.civicline.stats.links.FigureLinks;
import io.civicline.stats.streams.FigureCounts;
import io.civicline.stats.streams.FiguresNotReadyException;
import io.civicline.stats.streams.StatsTopology;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP contract of the figures, with the stores mocked. */
@WebMvcTest(StatsController.class)
@ImportAutoConfiguration(SecurityBaseline.class)
@Import({
  StatsControllerTests.Figures.class,
  FigureSources.class,
  FigureLinks.class,
  FigureAccessRules.class,
  ApiProblems.class
})
@WithMockUser(roles = "MANAGER")
class StatsControllerTests {

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
  void answersEveryHotlineFigureAndRateOfADayForTheWholeCity() throws Exception {
    countEveryKey(3L);

    mvc.perform(get("/api/stats/hotline").param("period", "2026-11-26"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.period").value("2026-11-26"))
        .andExpect(jsonPath("$.granularity").value("DAY"))
        .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
        .andExpect(jsonPath("$.district").value(nullValue()))
        .andExpect(jsonPath("$.figures.received").value(3))
        .andExpect(jsonPath("$.figures.callsAnswered").value(3))
        .andExpect(jsonPath("$.figures.open").value(3))
        .andExpect(jsonPath("$.rates.satisfactionRate").value(100.0));
  }

  @Test
  void ratesAreRoundedToOneDecimalAndNullWithoutDenominator() throws Exception {
    given(counts.of(eq(StatsTopology.HOTLINE_FIGURES), anyList()))
        .willAnswer(
            call ->
                countEach(
                    call.getArgument(1),
                    Map.of("received", 4812L, "resolvedOnFirstContact", 4744L)));

    mvc.perform(get("/api/stats/hotline").param("period", "2026"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rates.resolvedOnFirstContactRate").value(98.6))
        .andExpect(jsonPath("$.rates.satisfactionRate").value(nullValue()));
  }

  @Test
  void theLiveFiguresAreReadAsOfNowWhateverThePeriod() throws Exception {
    given(counts.of(eq(StatsTopology.HOTLINE_FIGURES), anyList()))
        .willAnswer(
            call -> {
              List<FigureKey> keys = call.getArgument(1);
              Map<FigureKey, Long> result = new LinkedHashMap<>();
              keys.forEach(key -> result.put(key, key.period().toString().equals("now") ? 9L : 1L));
              return result;
            });

    mvc.perform(get("/api/stats/hotline").param("period", "2025-01"))
        .andExpect(jsonPath("$.figures.received").value(1))
        .andExpect(jsonPath("$.figures.open").value(9))
        .andExpect(jsonPath("$.figures.overdue").value(9));
  }

  @Test
  void answersTheFiguresOfAMonthForOneDistrict() throws Exception {
    countEveryKey(7L);

    mvc.perform(get("/api/stats/hotline").param("period", "2026-11").param("district", "YIMEI"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.granularity").value("MONTH"))
        .andExpect(jsonPath("$.district").value("YIMEI"))
        .andExpect(jsonPath("$.figures.received").value(7));
  }

  @Test
  void anEmptyDistrictMeansTheWholeCity() throws Exception {
    countEveryKey(3L);

    mvc.perform(get("/api/stats/hotline").param("period", "2026").param("district", ""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.granularity").value("YEAR"))
        .andExpect(jsonPath("$.district").value(nullValue()))
        .andExpect(jsonPath("$.figures.received").value(3));
  }

  @Test
  void byDistrictAnswersARowPerDistrictOfTheReferenceData() throws Exception {
    countEveryKey(2L);

    mvc.perform(get("/api/stats/hotline").param("period", "2026").param("by", "district"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.by").value("district"))
        .andExpect(jsonPath("$.rows", hasSize(ReferenceData.defaults().districts().size())))
        .andExpect(jsonPath("$.rows[0].code").value("YIMEI"))
        .andExpect(jsonPath("$.rows[0].figures.received").value(2));
  }

  @Test
  void byTopicAnswersARowPerTicketTopicWithItsResponseAndResolutionRates() throws Exception {
    given(counts.of(eq(StatsTopology.HOTLINE_FIGURES), anyList()))
        .willAnswer(
            call -> {
              List<FigureKey> keys = call.getArgument(1);
              boolean heating = keys.get(0).breakdown().toString().equals("TOPIC:HEATING");
              return countEach(
                  keys,
                  heating
                      ? Map.of("dispatches", 4L, "signedOnTime", 3L, "rated", 3L, "resolved", 2L)
                      : Map.of());
            });

    mvc.perform(get("/api/stats/hotline").param("period", "2026").param("by", "topic"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.by").value("topic"))
        .andExpect(jsonPath("$.rows", hasSize(ReferenceData.defaults().ticketTopics().size())))
        .andExpect(jsonPath("$.rows[0].code").value("HEATING"))
        .andExpect(jsonPath("$.rows[0].figures.resolved").value(2))
        .andExpect(jsonPath("$.rows[0].rates.responseRate").value(75.0))
        .andExpect(jsonPath("$.rows[0].rates.resolutionRate").value(66.7))
        .andExpect(jsonPath("$.rows[1].rates.resolutionRate").value(nullValue()));
  }

  @Test
  void byStreetAnswersARowPerStreetOrThoseOfOneDistrictEachLinkingToItsTickets() throws Exception {
    given(counts.of(eq(StatsTopology.HOTLINE_FIGURES), anyList()))
        .willAnswer(
            call -> {
              List<FigureKey> keys = call.getArgument(1);
              boolean xuri = keys.get(0).breakdown().toString().equals("STREET:YIMEI_XURI");
              return countEach(keys, xuri ? Map.of("received", 5L) : Map.of());
            });

    mvc.perform(get("/api/stats/hotline").param("period", "2026").param("by", "street"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.by").value("street"))
        .andExpect(jsonPath("$.rows", hasSize(ReferenceData.defaults().streets().size())))
        .andExpect(jsonPath("$.rows[0].code").value("YIMEI_XURI"))
        .andExpect(jsonPath("$.rows[0].figures.received").value(5))
        .andExpect(jsonPath("$.rows[1].figures.received").value(0))
        .andExpect(
            jsonPath("$.rows[0].links.received")
                .value(
                    "http://127.0.0.1:8081/console/search?fact=received"
                        + "&from=2026-01-01&to=2026-12-31&street=YIMEI_XURI"));
    mvc.perform(
            get("/api/stats/hotline")
                .param("period", "2026")
                .param("by", "street")
                .param("district", "TIELI"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows", hasSize(ReferenceData.defaults().streetsOf("TIELI").size())))
        .andExpect(jsonPath("$.rows[0].code").value("TIELI_TIELI"));
  }

  @Test
  void mediationHasNoTopicBreakdown() throws Exception {
    mvc.perform(get("/api/stats/mediation").param("period", "2026").param("by", "topic"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("by"))
        .andExpect(jsonPath("$.detail").value(containsString("topic")));
  }

  @Test
  void byDistrictWithADistrictAnswersThatRowOnly() throws Exception {
    countEveryKey(2L);

    mvc.perform(
            get("/api/stats/mediation")
                .param("period", "2026")
                .param("by", "district")
                .param("district", "WUCUI"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows", hasSize(1)))
        .andExpect(jsonPath("$.rows[0].code").value("WUCUI"));
  }

  @Test
  void mediationIsBrokenDownByTypeAndBody() throws Exception {
    countEveryKey(1L);

    mvc.perform(get("/api/stats/mediation").param("period", "2026-03").param("by", "type"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows", hasSize(ReferenceData.defaults().disputeTypes().size())));
    mvc.perform(get("/api/stats/mediation").param("period", "2026-03").param("by", "body"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows", hasSize(ReferenceData.defaults().mediatingBodies().size())));
  }

  @Test
  void answersEveryMediationFigureWithSuccessRateAndMeanDaysToClose() throws Exception {
    given(counts.of(eq(StatsTopology.MEDIATION_FIGURES), anyList()))
        .willAnswer(
            call ->
                countEach(
                    call.getArgument(1),
                    Map.of(
                        "mediated", 3L,
                        "successful", 2L,
                        "closed", 4L,
                        "daysToCloseTotal", 17L,
                        "daysToClose.3", 1L,
                        "daysToClose.5", 2L,
                        "daysToClose.9", 1L)));

    mvc.perform(get("/api/stats/mediation").param("period", "2026-03"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.figures.registered").value(0))
        .andExpect(jsonPath("$.figures.judiciallyConfirmed").value(0))
        .andExpect(jsonPath("$.rates.successRate").value(66.7))
        .andExpect(jsonPath("$.figures.daysToCloseMean").value(4.3))
        .andExpect(jsonPath("$.figures.daysToCloseMedian").value(5.0))
        .andExpect(jsonPath("$.figures['daysToClose.5']").doesNotExist())
        .andExpect(jsonPath("$.rates.daysToCloseMean").doesNotExist());
  }

  @Test
  void aMonthsTrendHasADayPerDayOfTheMonth() throws Exception {
    countEveryKey(1L);

    mvc.perform(get("/api/stats/hotline/trend").param("period", "2026-02"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.points", hasSize(28)))
        .andExpect(jsonPath("$.points[0].period").value("2026-02-01"))
        .andExpect(jsonPath("$.points[27].period").value("2026-02-28"));
  }

  @Test
  void aYearsTrendHasAPointPerMonth() throws Exception {
    countEveryKey(1L);

    mvc.perform(
            get("/api/stats/mediation/trend").param("period", "2026").param("district", "YIMEI"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.district").value("YIMEI"))
        .andExpect(jsonPath("$.points", hasSize(12)))
        .andExpect(jsonPath("$.points[11].period").value("2026-12"))
        .andExpect(jsonPath("$.points[11].figures.registered").value(1));
  }

  @Test
  void aTrendOfADayIsAProblemNamingThePeriod() throws Exception {
    mvc.perform(get("/api/stats/hotline/trend").param("period", "2026-02-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("period"));
  }

  @Test
  void anUnknownBreakdownIsAProblemNamingBy() throws Exception {
    mvc.perform(get("/api/stats/mediation").param("period", "2026").param("by", "channel"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("by"))
        .andExpect(jsonPath("$.detail").value(containsString("channel")));
  }

  @Test
  void aDistrictWithAnotherBreakdownIsAProblem() throws Exception {
    mvc.perform(
            get("/api/stats/hotline")
                .param("period", "2026")
                .param("by", "category")
                .param("district", "YIMEI"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("by"));
  }

  @Test
  void anEmptyBreakdownIsAProblemNamingBy() throws Exception {
    mvc.perform(get("/api/stats/hotline").param("period", "2026").param("by", ""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("by"));
  }

  @Test
  void anUnknownFamilyIsNotFound() throws Exception {
    mvc.perform(get("/api/stats/weather").param("period", "2026")).andExpect(status().isNotFound());
  }

  @Test
  void aBadPeriodIsAProblemNamingThePeriod() throws Exception {
    mvc.perform(get("/api/stats/hotline").param("period", "2026-13"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.type").value("urn:civicline:problem:invalid-request"))
        .andExpect(jsonPath("$.errors[0].field").value("period"));
  }

  @Test
  void theLivePeriodIsNotAPeriodToAskFor() throws Exception {
    mvc.perform(get("/api/stats/hotline").param("period", "now"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("period"));
  }

  @Test
  void aMissingPeriodIsAProblemNamingThePeriod() throws Exception {
    mvc.perform(get("/api/stats/mediation"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("period"));
  }

  @Test
  void anUnknownDistrictIsAProblemNamingTheDistrict() throws Exception {
    mvc.perform(get("/api/stats/hotline").param("period", "2026").param("district", "ATLANTIS"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("district"))
        .andExpect(jsonPath("$.detail").value(containsString("ATLANTIS")));
  }

  @Test
  void figuresNotReadableYetAreA503WithRetryAfter() throws Exception {
    given(counts.of(anyString(), anyList()))
        .willThrow(new FiguresNotReadyException("the stream is REBALANCING"));

    mvc.perform(get("/api/stats/mediation").param("period", "2026"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "2"))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:civicline:problem:unavailable"));
  }

  @Test
  @WithMockUser(roles = "AGENT")
  void anAgentMayNotSeeTheFigures() throws Exception {
    mvc.perform(get("/api/stats/mediation").param("period", "2026"))
        .andExpect(status().isForbidden());
  }

  @Test
  void everyCountLinksToTheConsoleSearchOfItsPeriodAndSliceAndNoRateDoes() throws Exception {
    countEveryKey(2L);
    String search = "http://127.0.0.1:8081/console/search?fact=";

    mvc.perform(get("/api/stats/hotline").param("period", "2026-02"))
        .andExpect(
            jsonPath("$.links.received").value(search + "received&from=2026-02-01&to=2026-02-28"))
        .andExpect(jsonPath("$.links.overdue").value(search + "overdue"))
        .andExpect(jsonPath("$.links.atRisk").value(search + "atRisk"))
        .andExpect(jsonPath("$.links.responseRate").doesNotExist());
    mvc.perform(get("/api/stats/hotline").param("period", "2026").param("by", "topic"))
        .andExpect(jsonPath("$.rows[0].code").value("HEATING"))
        .andExpect(
            jsonPath("$.rows[0].links.completed")
                .value(search + "completed&from=2026-01-01&to=2026-12-31&topic=HEATING"))
        .andExpect(jsonPath("$.rows[0].links.open").value(search + "open&topic=HEATING"));
    mvc.perform(get("/api/stats/hotline").param("period", "2026").param("by", "department"))
        .andExpect(
            jsonPath("$.rows[0].links.dispatched")
                .value(search + "dispatched&from=2026-01-01&to=2026-12-31&department=HEATING_CO"))
        .andExpect(jsonPath("$.rows[0].links.received").doesNotExist())
        .andExpect(jsonPath("$.rows[0].links.referred").doesNotExist());
    mvc.perform(get("/api/stats/hotline/trend").param("period", "2026").param("district", "TIELI"))
        .andExpect(
            jsonPath("$.points[11].links.urged")
                .value(search + "urged&from=2026-12-01&to=2026-12-31&district=TIELI"));
    mvc.perform(get("/api/stats/mediation").param("period", "2026-03-15").param("by", "body"))
        .andExpect(jsonPath("$.rows[0].code").value("YIMEI_PMC"))
        .andExpect(
            jsonPath("$.rows[0].links.registered")
                .value(
                    "http://127.0.0.1:8082/console/cases?fact=registered"
                        + "&from=2026-03-15&to=2026-03-15&body=YIMEI_PMC"))
        .andExpect(jsonPath("$.rows[0].links.daysToCloseTotal").doesNotExist())
        .andExpect(jsonPath("$.rows[0].links.successRate").doesNotExist());
  }

  private void countEveryKey(long count) {
    given(counts.of(anyString(), anyList()))
        .willAnswer(call -> countEach(call.getArgument(1), Map.of(), count));
  }

  private static Map<FigureKey, Long> countEach(List<FigureKey> keys, Map<String, Long> byFigure) {
    return countEach(keys, byFigure, 0L);
  }

  private static Map<FigureKey, Long> countEach(
      List<FigureKey> keys, Map<String, Long> byFigure, long otherwise) {
    Map<FigureKey, Long> result = new LinkedHashMap<>();
    keys.forEach(key -> result.put(key, byFigure.getOrDefault(key.figure(), otherwise)));
    return result;
  }
}
