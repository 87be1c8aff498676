package io.civicline.mediation.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.testing.InProcessMongo;
import io.civicline.mediation.domain.CaseRegistration;
import io.civicline.mediation.domain.CaseRules;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import io.civicline.mediation.store.CaseStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case lists page by cursor ({@code after} the answer's {@code next}) and find by the words of
 * the summary, on the embedded MongoDB-wire server. Each test keeps to its own district.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
@TestPropertySource(
    locations = {
      "classpath:civicline-test-users.properties",
      "classpath:mediation-test-users.properties"
    },
    properties = "civicline.mediation.watch-interval=1h")
class CaseListTests {

  static final InProcessMongo MONGO = new InProcessMongo();
  static final Instant MAY_1 = Instant.parse("2026-05-01T01:00:00Z");
  static final AtomicInteger NUMBERS = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired CaseStore store;
  @Autowired CaseRules rules;

  @DynamicPropertySource
  static void mongo(DynamicPropertyRegistry registry) {
    registry.add("spring.mongodb.uri", () -> MONGO.uri("mediation"));
  }

  @AfterAll
  static void stopMongo() {
    MONGO.stop();
  }

  @Test
  void pagesByCursorShowEachCaseOnceNewestFirstWithTiesAndInsertsBetweenPages() throws Exception {
    List<Stored> cases = new ArrayList<>();
    // Eleven cases, registered three or two at the same millisecond.
    for (int i = 0; i < 11; i++) {
      cases.add(stored("NANCHA", "邻里纠纷", MAY_1.plusSeconds(3600 * (i / 3))));
    }
    List<String> expected =
        cases.stream()
            .sorted(Comparator.comparing(Stored::at).thenComparing(Stored::id).reversed())
            .map(Stored::id)
            .toList();

    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      JsonNode page = search("district=NANCHA&size=2" + (after == null ? "" : "&after=" + after));
      page.get("items").forEach(item -> seen.add(item.get("id").asString()));
      after = page.get("next").isNull() ? null : page.get("next").asString();
      assertThat(page.get("hasNext").asBoolean()).isEqualTo(after != null);
      // Registered later than every page: a newest-first walk has passed its place.
      stored("NANCHA", "邻里纠纷", MAY_1.plusSeconds(86_400 + pages++));
    } while (after != null);

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo(6);
  }

  @Test
  void theConsoleLinksTheNextPageByItsCursorAndTheFirstPage() throws Exception {
    String older = stored("TANGWANG", "邻里纠纷", MAY_1).id();
    String newer = stored("TANGWANG", "邻里纠纷", MAY_1.plusSeconds(60)).id();

    String first = console("/console/cases?district=TANGWANG&size=1");
    assertThat(first).contains(newer).doesNotContain(older).doesNotContain("rel=\"first\"");
    Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
    assertThat(next.find()).isTrue();
    assertThat(next.group(1)).contains("after=").contains("district=TANGWANG");

    String second = console(next.group(1).replace("&amp;", "&"));
    assertThat(second).contains(older).doesNotContain(newer).contains("rel=\"first\"");
    assertThat(second).doesNotContain("rel=\"next\"");
  }

  @Test
  void aCursorNotMadeByTheListIsA400ProblemNamingAfter() throws Exception {
    for (String after : List.of("garbage", "MTIzNDU", "%25%25", "bm90fGEgY3Vyc29y")) {
      mvc.perform(get("/api/cases?after=" + after).with(httpBasic("mediator", "mediator")))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value("after"));
    }
    stored("WUCUI", "邻里纠纷", MAY_1);
    stored("WUCUI", "邻里纠纷", MAY_1.plusSeconds(60));
    String next = search("district=WUCUI&size=1").get("next").asString();
    mvc.perform(get("/api/cases?page=1&after=" + next).with(httpBasic("mediator", "mediator")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    mvc.perform(get("/console/cases?after=garbage").with(httpBasic("mediator", "mediator")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theWordSearchFindsAChinesePhraseOfTheSummaryAndNotAnAbsentOne() throws Exception {
    String water = stored("JINLIN", "楼上卫生间漏水，楼下天花板发霉", MAY_1).id();
    String wall = stored("JINLIN", "两户因院墙边界争执（约2米）", MAY_1).id();

    assertThat(ids("district=JINLIN&q=天花板发霉")).containsExactly(water);
    assertThat(ids("district=JINLIN&q=院墙 2米")).containsExactly(wall);
    assertThat(ids("district=JINLIN&q=天花板漏电")).isEmpty();
    assertThat(ids("district=JINLIN&q=墙")).as("one character finds nothing").isEmpty();
  }

  private record Stored(String id, Instant at) {}

  private Stored stored(String district, String summary, Instant at) {
    RegisterCase command =
        new RegisterCase(
            "NEIGHBOURHOOD",
            district,
            null,
            "WALK_IN",
            List.of(new Party(PartyRole.APPLICANT, "王五", "13900000009", null)),
            summary,
            null,
            "mediator");
    String id = new ObjectId().toHexString();
    store.insert(
        CaseRegistration.register(
            id, "MED-20260501-9%05d".formatted(NUMBERS.incrementAndGet()), command, rules, at));
    return new Stored(id, at);
  }

  private List<String> ids(String query) throws Exception {
    List<String> ids = new ArrayList<>();
    search(query + "&size=100").get("items").forEach(item -> ids.add(item.get("id").asString()));
    return ids;
  }

  private JsonNode search(String query) throws Exception {
    String body =
        mvc.perform(get("/api/cases?" + query).with(httpBasic("mediator", "mediator")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return JsonMapper.shared().readTree(body);
  }

  private String console(String path) throws Exception {
    return mvc.perform(get(path).with(httpBasic("mediator", "mediator")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
