package io.civicline.mediation.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.ConsoleCalls;
import io.civicline.kit.testing.IndexedFinds;
import io.civicline.kit.testing.QueuePagingContract;
import io.civicline.mediation.domain.CaseRegistration;
import io.civicline.mediation.domain.CaseRules;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import io.civicline.mediation.store.CaseStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

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
class CaseQueueTests implements QueuePagingContract {

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
    new ConsoleCalls(mvc).page("/console", "mediator");

    List<Document> indexes = mongo.getCollection("cases").listIndexes().into(new ArrayList<>());
    assertThat(finds.of("cases"))
        .filteredOn(find -> find.toJson().contains("timeLimit.overdue"))
        .isNotEmpty()
        .map(find -> IndexedFinds.servingIndex(find, indexes).orElse("none"))
        .containsOnly("mediator_queue", "status_overdue_deadline")
        .contains("mediator_queue", "status_overdue_deadline");
  }

  @Test
  void aLeadHasNoQueueOfTheirOwn() throws Exception {
    assertThat(queue().calls().answer("/api/cases/mine", "lead").getStatus()).isEqualTo(403);
  }

  @Test
  void theConsoleLinksAllWaitingCasesWhenThereAreMoreThanItShows() throws Exception {
    for (int i = 0; i < 51; i++) {
      stored(registered(NOW.minus(days(10)).plusSeconds(i)));
    }
    assertThat(new ConsoleCalls(mvc).page("/console", "mediator")).contains("id=\"all-waiting\"");
  }

  @Override
  public Queue queue() {
    return new Queue(
        "mediator",
        new ApiCalls(mvc, "/api/cases"),
        at -> mine(at, false),
        "/api/cases/mine",
        CaseQueueTests::mineRows);
  }

  /** The cases of the page's table of my cases. */
  private static List<String> mineRows(String page) {
    int waiting = page.indexOf("id=\"waiting\"");
    String mine =
        page.substring(page.indexOf("id=\"mine\""), waiting < 0 ? page.length() : waiting);
    return ConsoleCalls.linkedIds(mine, "/console/cases/");
  }

  /** The rows of every page of my cases; {@code between} runs after each. */
  private List<JsonNode> walk(Runnable between) throws Exception {
    return walk("mediator", between);
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

  private static Duration days(int days) {
    return Duration.ofDays(days);
  }
}
