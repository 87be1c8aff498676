package io.civicline.stats.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.problem.ApiProblems;
import io.civicline.kit.security.SecurityBaseline;
import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.figures.Dimension;
import io.civicline.stats.figures.FigureKey;
import io.civicline.stats.figures.Period;
import io.civicline.stats.links.FigureLinks;
import io.civicline.stats.streams.FigureChange;
import io.civicline.stats.streams.FigureChanges;
import io.civicline.stats.streams.FigureCounts;
import io.civicline.stats.streams.StatsTopology;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figure stream over HTTP with the stores mocked: changes are published to {@link
 * FigureChanges} as the topology publishes them.
 */
@WebMvcTest(FigureStreamController.class)
@ImportAutoConfiguration(SecurityBaseline.class)
@Import({
  StatsControllerTests.Figures.class,
  FigureSources.class,
  FigureLinks.class,
  FigureAccessRules.class,
  ApiProblems.class,
  FigureChanges.class,
  FigureStream.class
})
@TestPropertySource(
    properties = {"civicline.stats.stream.max-clients=2", "civicline.stats.stream.coalesce=300ms"})
@WithMockUser(roles = "MANAGER")
class FigureStreamControllerTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration PATIENCE = Duration.ofSeconds(5);

  @Autowired MockMvc mvc;
  @Autowired FigureChanges changes;
  @Autowired FigureStream stream;

  @MockitoBean FigureCounts counts;

  /** Every counter of the store by figure name, whatever its period and breakdown. */
  private final Map<String, Map<String, Long>> stored = new ConcurrentHashMap<>();

  @BeforeEach
  void countFromStored() {
    stored.put(StatsTopology.HOTLINE_FIGURES, new ConcurrentHashMap<>());
    stored.put(StatsTopology.MEDIATION_FIGURES, new ConcurrentHashMap<>());
    given(counts.of(anyString(), anyList()))
        .willAnswer(
            call -> {
              Map<String, Long> store = stored.get(call.<String>getArgument(0));
              Map<FigureKey, Long> result = new LinkedHashMap<>();
              call.<List<FigureKey>>getArgument(1)
                  .forEach(key -> result.put(key, store.getOrDefault(key.figure(), 0L)));
              return result;
            });
  }

  @AfterEach
  void endEveryStream() {
    stream.stop();
    stream.start();
  }

  @Test
  void theFirstEventsAreTheFiguresOfBothFamiliesNow() throws Exception {
    store(StatsTopology.HOTLINE_FIGURES, "received", 5);
    store(StatsTopology.MEDIATION_FIGURES, "registered", 2);

    MvcResult result = open("2026-11", "YIMEI");

    assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
    List<Event> events = events(result);
    assertThat(events).extracting(Event::name).containsExactly("hotline", "mediation");
    JsonNode hotline = events.get(0).data();
    assertThat(hotline.path("period").asString()).isEqualTo("2026-11");
    assertThat(hotline.path("granularity").asString()).isEqualTo("MONTH");
    assertThat(hotline.path("zone").asString()).isEqualTo("Asia/Shanghai");
    assertThat(hotline.path("district").asString()).isEqualTo("YIMEI");
    assertThat(hotline.path("figures").path("received").asLong()).isEqualTo(5);
    assertThat(hotline.path("rates").has("satisfactionRate")).isTrue();
    assertThat(events.get(1).data().path("figures").path("registered").asLong()).isEqualTo(2);
  }

  @Test
  void aChangedCounterOfTheWatchedPeriodSendsItsFamilyAgainAtOnce() throws Exception {
    MvcResult result = open("2026", "");

    store(StatsTopology.HOTLINE_FIGURES, "received", 1);
    long published = System.nanoTime();
    publish(StatsTopology.HOTLINE_FIGURES, "received", "2026", Breakdown.CITY, 1);

    await().atMost(PATIENCE).until(() -> events(result).size() == 3);
    long millis = (System.nanoTime() - published) / 1_000_000;
    Event sent = events(result).get(2);
    assertThat(sent.name()).isEqualTo("hotline");
    assertThat(sent.data().path("district").isNull()).isTrue();
    assertThat(sent.data().path("figures").path("received").asLong()).isEqualTo(1);
    // After a quiet spell a change is sent right away, not after the coalescing pause.
    assertThat(millis).as("ms from the change to the event").isLessThan(300);
  }

  @Test
  void aBurstOfChangesIsSentAsAtMostOneEventPerPauseWithTheNewestFigures() throws Exception {
    MvcResult result = open("2026-11-27", "");

    for (long count = 1; count <= 50; count++) {
      store(StatsTopology.MEDIATION_FIGURES, "registered", count);
      publish(StatsTopology.MEDIATION_FIGURES, "registered", "2026-11-27", Breakdown.CITY, count);
    }

    await()
        .atMost(PATIENCE)
        .until(
            () -> {
              List<Event> events = events(result);
              return events
                      .get(events.size() - 1)
                      .data()
                      .path("figures")
                      .path("registered")
                      .asLong()
                  == 50;
            });
    // The first change goes at once, the others together once the 300 ms pause is over (or all
    // with the first, when they were published before it was read).
    List<Event> events = events(result);
    assertThat(events).extracting(Event::name).startsWith("hotline", "mediation");
    assertThat(events.subList(2, events.size()))
        .hasSizeBetween(1, 2)
        .extracting(Event::name)
        .containsOnly("mediation");
  }

  @Test
  void changesOfOtherPeriodsDistrictsAndBreakdownsAreNotSentButLiveFiguresAre() throws Exception {
    MvcResult result = open("2026-11-27", "YIMEI");
    Breakdown yimei = Breakdown.district("YIMEI");

    publish(StatsTopology.HOTLINE_FIGURES, "received", "2026-11-27", Breakdown.CITY, 1);
    publish(
        StatsTopology.HOTLINE_FIGURES, "received", "2026-11-27", Breakdown.district("WUCUI"), 1);
    publish(StatsTopology.HOTLINE_FIGURES, "received", "2026-11-26", yimei, 1);
    publish(StatsTopology.HOTLINE_FIGURES, "received", "2026-11", yimei, 1);
    publish(
        StatsTopology.HOTLINE_FIGURES,
        "received",
        "2026-11-27",
        new Breakdown(Dimension.CATEGORY, "COMPLAINT"),
        1);

    await().during(Duration.ofMillis(500)).atMost(PATIENCE).until(() -> events(result).size() == 2);

    store(StatsTopology.HOTLINE_FIGURES, "open", 4);
    changes.publish(
        new FigureChange(
            StatsTopology.HOTLINE_FIGURES, new FigureKey("open", Period.NOW, yimei), 4));

    await().atMost(PATIENCE).until(() -> events(result).size() == 3);
    assertThat(events(result).get(2).data().path("figures").path("open").asLong()).isEqualTo(4);
  }

  @Test
  void aBadPeriodIsAProblemNamingThePeriod() throws Exception {
    mvc.perform(
            get("/api/stats/stream")
                .param("period", "2026-13")
                .accept(MediaType.TEXT_EVENT_STREAM, MediaType.ALL))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("period"));
    mvc.perform(get("/api/stats/stream"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("period"));
  }

  @Test
  void anUnknownDistrictIsAProblemNamingTheDistrict() throws Exception {
    mvc.perform(get("/api/stats/stream").param("period", "2026").param("district", "ATLANTIS"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("district"));
  }

  @Test
  @WithMockUser(roles = "AGENT")
  void anAgentMayNotFollowTheFigures() throws Exception {
    mvc.perform(get("/api/stats/stream").param("period", "2026")).andExpect(status().isForbidden());
    mvc.perform(get("/dashboard/figures/stream").param("period", "2026"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void theDashboardFollowsTheSameStreamInItsSession() throws Exception {
    MvcResult result =
        mvc.perform(get("/dashboard/figures/stream").param("period", "2026"))
            .andExpect(request().asyncStarted())
            .andReturn();

    assertThat(events(result)).extracting(Event::name).containsExactly("hotline", "mediation");
  }

  @Test
  void aStreamBeyondTheLimitIsRefusedWithRetryAfter() throws Exception {
    open("2026", "");
    open("2026", "WUCUI");

    mvc.perform(get("/api/stats/stream").param("period", "2026"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "2"))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2 clients")));
    assertThat(stream.size()).isEqualTo(2);
  }

  private MvcResult open(String period, String district) throws Exception {
    return mvc.perform(get("/api/stats/stream").param("period", period).param("district", district))
        .andExpect(request().asyncStarted())
        .andReturn();
  }

  private void store(String store, String figure, long count) {
    stored.get(store).put(figure, count);
  }

  private void publish(
      String store, String figure, String period, Breakdown breakdown, long count) {
    changes.publish(
        new FigureChange(store, new FigureKey(figure, Period.parse(period), breakdown), count));
  }

  private static List<Event> events(MvcResult result) throws Exception {
    String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    return Arrays.stream(body.split("\n\n"))
        .filter(block -> block.startsWith("event:"))
        .map(Event::parse)
        .toList();
  }

  /** One server-sent event: its name and its data as JSON. */
  private record Event(String name, JsonNode data) {

    static Event parse(String block) {
      String name = null;
      StringBuilder data = new StringBuilder();
      for (String line : block.split("\n")) {
        if (line.startsWith("event:")) {
          name = line.substring("event:".length());
        } else if (line.startsWith("data:")) {
          data.append(line.substring("data:".length()));
        }
      }
      return new Event(name, JSON.readTree(data.toString()));
    }
  }
}
