package io.civicline.hotline.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.hotline.domain.SlaPolicy;
import io.civicline.hotline.store.TicketStore;
import io.civicline.hotline.store.TicketStoreUpgrade;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.IndexedFinds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work queues page by cursor ({@code after} the answer's {@code next}) in their order, each
 * part read through an index that serves it, on the embedded MongoDB-wire server.
 */
@CaseServiceTest(database = "hotline")
@AutoConfigureMockMvc
@Import(IndexedFinds.Recorded.class)
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = "civicline.hotline.sla.watch-interval=1h")
class TicketQueueTests {

  static final Instant NOW = Instant.now();

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired TicketStore store;
  @Autowired TicketStoreUpgrade upgrade;
  @Autowired SlaPolicy sla;
  @Autowired IndexedFinds finds;

  @Test
  void theAgentsQueuePagesThroughEveryWaitingTicketOnceOldestFirstWhileNewOnesArrive()
      throws Exception {
    List<Waiting> mine = new ArrayList<>();
    // Seven new tickets, received two at the same millisecond; one overdue with a department.
    for (int i = 0; i < 7; i++) {
      mine.add(received(NOW.minus(days(30)).plusSeconds(i / 2)));
    }
    mine.add(
        waiting(
            PastTicket.received(sla, "PHONE", "YIMEI", null, NOW.minus(days(29)))
                .dispatch("WATER_CO", NOW.minus(days(29)), NOW.minus(days(1)))
                .then(c -> c.ticket().markOverdue(NOW))));
    String withDepartment =
        stored(
            PastTicket.received(sla, "PHONE", "YIMEI", null, NOW.minus(days(29)))
                .dispatch("WATER_CO", NOW.minus(days(29)), NOW.plus(days(1))));

    List<Waiting> arrived = new ArrayList<>();
    List<JsonNode> seen = walk("agent", () -> arrived.add(received(Instant.now())));

    List<String> ids = idsOf(seen);
    assertThat(ids).doesNotHaveDuplicates().doesNotContain(withDepartment);
    assertThat(seen)
        .isSortedAccordingTo(
            Comparator.comparing((JsonNode row) -> Instant.parse(row.get("receivedAt").asString()))
                .thenComparing(row -> row.get("id").asString()));
    List<String> expected = new ArrayList<>(sorted(mine));
    expected.addAll(arrived.subList(0, arrived.size() - 1).stream().map(Waiting::id).toList());
    assertThat(ids.stream().filter(id -> expected.contains(id)).toList())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void aDepartmentsQueuePagesThroughItsUrgentTicketsThenTheRestByDeadlineWhileNewOnesArrive()
      throws Exception {
    Instant dispatched = NOW.minus(days(8));
    List<Waiting> urgent = new ArrayList<>();
    urgent.add(
        waiting(
            held("HEATING_CO", dispatched, NOW.plus(days(2))).then(c -> c.ticket().markAtRisk(NOW)),
            NOW.plus(days(2))));
    urgent.add(
        waiting(
            held("HEATING_CO", dispatched, NOW.plus(days(2)))
                .then(c -> c.ticket().urge("请尽快", "agent", NOW.minus(days(1)))),
            NOW.plus(days(2))));
    urgent.add(
        waiting(
            held("HEATING_CO", dispatched, NOW.minus(days(1)))
                .then(c -> c.ticket().markOverdue(NOW)),
            NOW.minus(days(1))));
    // Not yet at risk, two or one to a deadline.
    List<Waiting> rest = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Instant deadline = NOW.plus(days(1 + i / 2));
      rest.add(waiting(held("HEATING_CO", NOW.minus(days(1)), deadline), deadline));
    }
    stored(held("WATER_CO", dispatched, NOW.plus(days(1))));

    List<Waiting> arrived = new ArrayList<>();
    List<JsonNode> seen =
        walk(
            "heating",
            () -> {
              Instant deadline = NOW.plus(days(20 + arrived.size()));
              arrived.add(waiting(held("HEATING_CO", NOW, deadline), deadline));
            });

    List<String> expected = new ArrayList<>(sorted(urgent));
    expected.addAll(sorted(rest));
    expected.addAll(arrived.subList(0, arrived.size() - 1).stream().map(Waiting::id).toList());
    assertThat(idsOf(seen)).containsExactlyElementsOf(expected);
  }

  @Test
  void eachQueueIsReadThroughAnIndexEndingInTheId() throws Exception {
    received(NOW.minus(days(3)));
    received(NOW.minus(days(3)));
    stored(held(NOW.minus(days(8)), NOW.plus(days(2))).then(c -> c.ticket().markAtRisk(NOW)));
    stored(held(NOW.minus(days(1)), NOW.plus(days(4))));
    finds.clear();

    walk("agent", () -> {});
    walk("water", () -> {});

    List<Document> indexes = mongo.getCollection("tickets").listIndexes().into(new ArrayList<>());
    List<BsonDocument> queueReads =
        finds.of("tickets").stream()
            .filter(find -> find.toJson().matches(".*(waitsForAgents|departmentPart).*"))
            .toList();
    assertThat(queueReads).isNotEmpty();
    assertThat(queueReads)
        .map(find -> IndexedFinds.servingIndex(find, indexes).orElse("none"))
        .containsOnly("agents_queue", "department_queue")
        .contains("agents_queue", "department_queue");
  }

  @Test
  void aTicketStoredBeforeTheQueuesHadTheirFieldsIsPlacedInThemByTheUpgrade() throws Exception {
    Instant deadline = NOW.plus(days(9));
    String old = stored(held(NOW.minus(days(1)), deadline));
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(old)),
        new Update().unset("waitsForAgents").unset("departmentPart"),
        "tickets");
    // The department queue's index of the earlier version, which this one replaced.
    mongo
        .indexOps("tickets")
        .createIndex(
            new Index("ticket.dispatch.department", Sort.Direction.ASC)
                .on("ticket.status", Sort.Direction.ASC)
                .on("ticket.dispatch.deadline", Sort.Direction.ASC)
                .named("department_status_deadline"));
    assertThat(idsOf(walk("water", () -> {}))).doesNotContain(old);

    upgrade.afterPropertiesSet();

    assertThat(idsOf(walk("water", () -> {}))).contains(old);
    assertThat(mongo.indexOps("tickets").getIndexInfo())
        .extracting(IndexInfo::getName)
        .doesNotContain("department_status_deadline")
        .contains("department_queue", "agents_queue");
  }

  @Test
  void aCursorNotMadeByTheQueueIsA400ProblemNamingAfter() throws Exception {
    received(NOW.minus(days(2)));
    received(NOW.minus(days(2)));
    String searchCursor = json("/api/tickets?size=1", "agent").get("next").asString();
    for (String after :
        List.of("garbage", "7.MTIzNDU", "%25%25", searchCursor, "5." + searchCursor)) {
      mvc.perform(get("/api/tickets/queue/page?after=" + after).with(httpBasic("agent", "agent")))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value("after"));
    }
    mvc.perform(get("/console?after=garbage").with(httpBasic("agent", "agent")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theConsoleLinksTheQueuesNextPageByItsCursorAndTheFirstPage() throws Exception {
    for (int i = 0; i < 51; i++) {
      received(NOW.minus(days(40)).plusSeconds(i));
    }
    String first = console("/console");
    assertThat(first).doesNotContain("rel=\"first\"");
    Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
    assertThat(next.find()).isTrue();
    assertThat(next.group(1)).startsWith("/console?after=");

    String second = console(next.group(1).replace("&amp;", "&"));
    assertThat(second).contains("rel=\"first\"");
    List<String> firstRows = rowIds(first);
    assertThat(rowIds(second)).isNotEmpty().doesNotContainAnyElementsOf(firstRows);
  }

  /** The rows of every page of the user's queue, two to a page; {@code between} runs after each. */
  private List<JsonNode> walk(String user, Runnable between) throws Exception {
    List<JsonNode> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      JsonNode page =
          json("/api/tickets/queue/page?size=2" + (after == null ? "" : "&after=" + after), user);
      page.get("items").forEach(seen::add);
      after = page.get("next").isNull() ? null : page.get("next").asString();
      between.run();
    } while (after != null && ++pages < 100);
    return seen;
  }

  private record Waiting(String id, Instant at) {}

  private static List<String> sorted(List<Waiting> tickets) {
    return tickets.stream()
        .sorted(Comparator.comparing(Waiting::at).thenComparing(Waiting::id))
        .map(Waiting::id)
        .toList();
  }

  private PastTicket held(Instant dispatched, Instant deadline) {
    return held("WATER_CO", dispatched, deadline);
  }

  private PastTicket held(String department, Instant dispatched, Instant deadline) {
    return PastTicket.received(sla, "PHONE", "YIMEI", null, dispatched.minusSeconds(60))
        .dispatch(department, dispatched, deadline);
  }

  private Waiting received(Instant at) {
    return waiting(PastTicket.received(sla, "PHONE", "YIMEI", null, at));
  }

  /** Stored, placed in its queue by its receipt time. */
  private Waiting waiting(PastTicket ticket) {
    return waiting(ticket, ticket.change().ticket().intake().receivedAt());
  }

  private Waiting waiting(PastTicket ticket, Instant at) {
    return new Waiting(stored(ticket), at);
  }

  private String stored(PastTicket ticket) {
    store.insert(ticket.change());
    return ticket.id();
  }

  private JsonNode json(String path, String user) throws Exception {
    String body =
        mvc.perform(get(path).with(httpBasic(user, user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return JsonMapper.shared().readTree(body);
  }

  private String console(String path) throws Exception {
    return mvc.perform(get(path).with(httpBasic("agent", "agent")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static List<String> rowIds(String page) {
    List<String> ids = new ArrayList<>();
    Matcher link = Pattern.compile("/console/tickets/([0-9a-f]{24})").matcher(page);
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
