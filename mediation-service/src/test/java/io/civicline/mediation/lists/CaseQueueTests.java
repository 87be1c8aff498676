package io.civicline.mediation.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.IndexedFinds;
import io.civicline.mediation.domain.CaseRegistration;
import io.civicline.mediation.domain.CaseRules;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import io.civicline.mediation.store.CaseStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mediator's own cases page by cursor ({@code after} the answer's {@code next}), overdue first
 * and then by deadline, each part read through an index that serves it, on the embedded
 * MongoDB-wire server.
 */
@CaseServiceTest(database = "mediation")
@AutoConfigureMockMvc
@Import(IndexedFinds.Recorded.class)
@TestPropertySource(
    locations = {
      "classpath:civicline-test-users.properties",
      "classpath:mediation-test-users.properties"
    },
    properties = "civicline.mediation.watch-interval=1h")
class CaseQueueTests {

  static final Instant NOW = Instant.now();
  static final AtomicInteger NUMBERS = new AtomicInteger();
  static final String MEDIATOR = "M_YIMEI_01";

  /** Overdue first, then nearest deadline, then the id: the order of a queue's rows. */
  static final Comparator<JsonNode> QUEUE_ORDER =
      Comparator.comparing((JsonNode row) -> !row.get("overdue").asBoolean())
          .thenComparing(row -> Instant.parse(row.get("deadline").asString()))
          .thenComparing(row -> row.get("id").asString());

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired CaseStore store;
  @Autowired CaseRules rules;
  @Autowired IndexedFinds finds;

  @Test
  void myCasesPageThroughEveryCaseOnceOverdueFirstThenByDeadlineWhileNewOnesArrive()
      throws Exception {
    List<MediationCase> overdue = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      overdue.add(mine(NOW.minus(days(90)).plusSeconds(3600 * i), true));
    }
    List<MediationCase> running = new ArrayList<>();
    // Registered two at the same millisecond: the same deadline.
    for (int i = 0; i < 6; i++) {
      running.add(mine(NOW.minus(days(5)).plusSeconds(3600 * (i / 2)), false));
    }
    MediationCase others = assigned(NOW.minus(days(5)), "M_YIMEI_02", false);
    MediationCase waiting = stored(registered(NOW.minus(days(5))));

    List<MediationCase> arrived = new ArrayList<>();
    List<JsonNode> seen = walk(() -> arrived.add(mine(Instant.now(), false)));

    List<String> ids = idsOf(seen);
    assertThat(ids).doesNotHaveDuplicates().doesNotContain(others.id(), waiting.id());
    assertThat(seen).isSortedAccordingTo(QUEUE_ORDER);
    List<String> expected = new ArrayList<>(byDeadline(overdue));
    expected.addAll(byDeadline(running));
    expected.addAll(
        arrived.subList(0, arrived.size() - 1).stream().map(MediationCase::id).toList());
    assertThat(ids.stream().filter(expected::contains).toList())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void myCasesAndTheWaitingOnesAreReadThroughIndexesEndingInTheId() throws Exception {
    mine(NOW.minus(days(90)), true);
    mine(NOW.minus(days(3)), false);
    stored(registered(NOW.minus(days(2))));
    finds.clear();

    walk(() -> {});
    console("/console");

    List<Document> indexes = mongo.getCollection("cases").listIndexes().into(new ArrayList<>());
    assertThat(finds.of("cases"))
        .filteredOn(find -> find.toJson().contains("timeLimit.overdue"))
        .isNotEmpty()
        .map(find -> IndexedFinds.servingIndex(find, indexes).orElse("none"))
        .containsOnly("mediator_queue", "status_overdue_deadline")
        .contains("mediator_queue", "status_overdue_deadline");
  }

  @Test
  void aCursorNotMadeByTheQueueIsA400ProblemNamingAfter() throws Exception {
    stored(registered(NOW.minus(days(2))));
    stored(registered(NOW.minus(days(1))));
    String searchCursor = json("/api/cases?size=1").get("next").asString();
    for (String after :
        List.of("garbage", "7.MTIzNDU", "%25%25", searchCursor, "5." + searchCursor)) {
      mvc.perform(get("/api/cases/mine?after=" + after).with(httpBasic("mediator", "mediator")))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value("after"));
    }
    mvc.perform(get("/console?after=garbage").with(httpBasic("mediator", "mediator")))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/cases/mine").with(httpBasic("lead", "lead")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theConsoleLinksTheNextPageOfMyCasesAndAllWaitingCasesWhenThereAreMore() throws Exception {
    for (int i = 0; i < 51; i++) {
      mine(NOW.minus(days(10)).plusSeconds(i), false);
      stored(registered(NOW.minus(days(10)).plusSeconds(i)));
    }
    String first = console("/console");
    assertThat(first).doesNotContain("rel=\"first\"").contains("id=\"all-waiting\"");
    Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
    assertThat(next.find()).isTrue();
    assertThat(next.group(1)).startsWith("/console?after=");

    String second = console(next.group(1).replace("&amp;", "&"));
    assertThat(second).contains("rel=\"first\"");
    assertThat(mineIds(second)).isNotEmpty().doesNotContainAnyElementsOf(mineIds(first));
  }

  /** The rows of every page of my cases, two to a page; {@code between} runs after each. */
  private List<JsonNode> walk(Runnable between) throws Exception {
    List<JsonNode> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      JsonNode page = json("/api/cases/mine?size=2" + (after == null ? "" : "&after=" + after));
      page.get("items").forEach(seen::add);
      after = page.get("next").isNull() ? null : page.get("next").asString();
      between.run();
    } while (after != null && ++pages < 200);
    return seen;
  }

  private static List<String> byDeadline(List<MediationCase> cases) {
    return cases.stream()
        .sorted(
            Comparator.comparing((MediationCase c) -> c.timeLimit().deadline())
                .thenComparing(MediationCase::id))
        .map(MediationCase::id)
        .toList();
  }

  /** Registered at {@code at}, under mediation by me, marked overdue if {@code overdue}. */
  private MediationCase mine(Instant at, boolean overdue) {
    return assigned(at, MEDIATOR, overdue);
  }

  private MediationCase assigned(Instant at, String mediator, boolean overdue) {
    MediationCase.Change change =
        registered(at).mediationCase().assign(mediator, "YIMEI_PMC", false, "lead", null, at);
    if (overdue) {
      change = change.mediationCase().markOverdue(NOW);
    }
    return stored(change);
  }

  private MediationCase.Change registered(Instant at) {
    RegisterCase command =
        new RegisterCase(
            "NEIGHBOURHOOD",
            "YIMEI",
            null,
            "WALK_IN",
            List.of(new Party(PartyRole.APPLICANT, "王五", "13900000009", null)),
            "邻里纠纷",
            null,
            "mediator");
    return CaseRegistration.register(
        new ObjectId().toHexString(),
        "MED-20260501-8%05d".formatted(NUMBERS.incrementAndGet()),
        command,
        rules,
        at);
  }

  private MediationCase stored(MediationCase.Change change) {
    store.insert(change);
    return change.mediationCase();
  }

  private JsonNode json(String path) throws Exception {
    String body =
        mvc.perform(get(path).with(httpBasic("mediator", "mediator")))
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

  /** The cases of the page's table of my cases. */
  private static List<String> mineIds(String page) {
    String mine = page.substring(page.indexOf("id=\"mine\""), page.indexOf("id=\"waiting\""));
    List<String> ids = new ArrayList<>();
    Matcher link = Pattern.compile("/console/cases/([0-9a-f]{24})").matcher(mine);
    while (link.find()) {
      ids.add(link.group(1));
    }
    return ids;
  }

  private static List<String> idsOf(List<JsonNode> rows) {
    return rows.stream().map(row -> row.get("id").asString()).toList();
  }

  private static Duration days(int days) {
    return Duration.ofDays(days);
  }
}
