package io.civicline.stats.api;

import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.events.ReferenceData;
import io.civicline.kit.problem.ApiProblems;
import io.civicline.stats.figures.FigureKey;
import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.streams.FigureCounts;
import io.civicline.stats.streams.FiguresNotReadyException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP contract of the figures, with the store mocked. */
@WebMvcTest(HotlineStatsController.class)
@Import({HotlineStatsControllerTests.Figures.class, ApiProblems.class})
@WithMockUser(roles = "MANAGER")
class HotlineStatsControllerTests {

  @Autowired MockMvc mvc;

  @MockitoBean FigureCounts counts;

  @TestConfiguration
  static class Figures {
    @Bean
    HotlineFigures hotlineFigures() {
      return new HotlineFigures(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    ReferenceData referenceData() {
      return ReferenceData.defaults();
    }
  }

  @Test
  void answersTheFiguresOfADayForTheWholeCity() throws Exception {
    given(counts.of(anyList())).willAnswer(call -> countEach(call.getArgument(0), 1L));

    mvc.perform(get("/api/stats/hotline").param("period", "2026-11-26"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(
            content()
                .string(
                    "{\"period\":\"2026-11-26\",\"granularity\":\"DAY\",\"zone\":\"Asia/Shanghai\","
                        + "\"district\":null,\"figures\":{\"received\":1}}"));
  }

  @Test
  void answersTheFiguresOfAMonthForOneDistrict() throws Exception {
    given(counts.of(anyList())).willAnswer(call -> countEach(call.getArgument(0), 7L));

    mvc.perform(get("/api/stats/hotline").param("period", "2026-11").param("district", "YIMEI"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.granularity").value("MONTH"))
        .andExpect(jsonPath("$.district").value("YIMEI"))
        .andExpect(jsonPath("$.figures.received").value(7));
  }

  @Test
  void anEmptyDistrictMeansTheWholeCity() throws Exception {
    given(counts.of(anyList())).willAnswer(call -> countEach(call.getArgument(0), 3L));

    mvc.perform(get("/api/stats/hotline").param("period", "2026").param("district", ""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.granularity").value("YEAR"))
        .andExpect(jsonPath("$.district").doesNotExist())
        .andExpect(jsonPath("$.figures.received").value(3));
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
  void aMissingPeriodIsAProblemNamingThePeriod() throws Exception {
    mvc.perform(get("/api/stats/hotline"))
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
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ATLANTIS")));
  }

  @Test
  void figuresNotReadableYetAreA503WithRetryAfter() throws Exception {
    given(counts.of(anyList()))
        .willThrow(new FiguresNotReadyException("the stream is REBALANCING"));

    mvc.perform(get("/api/stats/hotline").param("period", "2026"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "2"))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:civicline:problem:unavailable"));
  }

  private static Map<FigureKey, Long> countEach(List<FigureKey> keys, long count) {
    Map<FigureKey, Long> result = new LinkedHashMap<>();
    keys.forEach(key -> result.put(key, count));
    return result;
  }
}
