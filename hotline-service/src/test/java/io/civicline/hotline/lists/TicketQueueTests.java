package io.civicline.hotline.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.hotline.domain.SlaPolicy;
import io.civicline.hotline.store.TicketStore;
import io.civicline.hotline.store.TicketStoreUpgrade;
import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.ConsoleCalls;
import io.civicline.kit.testing.IndexedFinds;
import io.civicline.kit.testing.QueuePagingContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

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
class TicketQueueTests implements QueuePagingContract {

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

  @Override
  public Queue queue() {
    return new Queue(
        "agent",
        new ApiCalls(mvc, "/api/tickets"),
        this::received,
        "/api/tickets/queue/page",
        page -> ConsoleCalls.linkedIds(page, "/console/tickets/"));
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

  private static Duration days(int days) {
    return Duration.ofDays(days);
  }
}
