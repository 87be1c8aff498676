package io.civicline.hotline.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.TicketEventType;
import io.civicline.events.TopicRecords;
import io.civicline.events.Topics;
import io.civicline.hotline.domain.SlaPolicy;
import io.civicline.hotline.events.OverdueWatcher;
import io.civicline.hotline.store.TicketStore;
import io.civicline.hotline.store.TicketStoreUpgrade;
import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.CaseServiceTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * 预警 end to end: the SLA watcher marks tickets past 75 % of their time at risk (once, with its
 * event; overdue first), keys tickets stored before, and the at-risk list and the department queue
 * show them. Tickets are stored dispatched days ago, so no test waits for a deadline to pass.
 */
@CaseServiceTest(database = "hotline")
@AutoConfigureMockMvc
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = "civicline.hotline.sla.watch-interval=1h")
class AtRiskWatchTests {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired TicketStore store;
  @Autowired TicketStoreUpgrade upgrade;
  @Autowired OverdueWatcher watcher;
  @Autowired SlaPolicy sla;
  @Autowired KafkaConnectionDetails kafka;

  @Test
  void theWatcherMarksTicketsPastThreeQuartersAtRiskOnceAndOverdueOnesOverdueOnly()
      throws Exception {
    Instant now = Instant.now();
    // Four days gone of five: at risk. One day gone of six: not yet. Past its deadline: overdue.
    String atRisk = dispatched("EDUCATION", now.minus(days(4)), now.plus(days(1)));
    String early = dispatched("EDUCATION", now.minus(days(1)), now.plus(days(5)));
    String late = dispatched("EDUCATION", now.minus(days(5)), now.minus(Duration.ofHours(1)));

    watcher.markOverdueTickets();
    assertThat(watcher.markAtRiskTickets()).isEqualTo(1);
    assertThat(watcher.markAtRiskTickets()).isZero();

    assertThat(flags(atRisk)).containsExactly(true, false);
    assertThat(flags(early)).containsExactly(false, false);
    assertThat(flags(late)).containsExactly(false, true);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(eventTypesOf(atRisk))
                    .containsExactly(
                        TicketEventType.DISPATCHED.cloudEventType(),
                        TicketEventType.MARKED_AT_RISK.cloudEventType()));

    JsonNode list = json("/api/tickets/at-risk?department=EDUCATION", "agent");
    assertThat(idsOf(list.get("tickets"))).containsExactly(late, atRisk);
    assertThat(list.get("departments").toString())
        .isEqualTo("[{\"department\":\"EDUCATION\",\"atRisk\":1,\"overdue\":1}]");
    assertThat(list.get("hasNext").asBoolean()).isFalse();
    assertThat(idsOf(json("/api/tickets/at-risk?department=EDUCATION", "heating").get("tickets")))
        .doesNotContain(late, atRisk);
  }

  @Test
  void aTicketStoredBeforeRiskTimesWereIsGivenItsOwnAtStartAndThenMarkedAtRisk() throws Exception {
    Instant now = Instant.now();
    String id = dispatched("HEALTH", now.minus(days(4)), now.plus(days(1)));
    // As an earlier version stored it: its risk key under sla, no riskAt.
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(id)),
        new Update().unset("riskAt").set("sla", new org.bson.Document("risk", "key")),
        "tickets");
    assertThat(watcher.markAtRiskTickets()).isZero();

    upgrade.afterPropertiesSet();
    assertThat(watcher.markAtRiskTickets()).isEqualTo(1);

    assertThat(flags(id)).containsExactly(true, false);
  }

  @Test
  void aDepartmentsQueueShowsUrgedAndAtRiskTicketsFirstThenTheRestByDeadline() throws Exception {
    Instant now = Instant.now();
    String plain = dispatched("HEATING_CO", now.minus(days(1)), now.plus(days(1)));
    String urged =
        store(
            PastTicket.received(sla, "PHONE", "YOUHAO", null, now.minus(days(1)))
                .dispatch("HEATING_CO", now.minus(days(1)), now.plus(days(3)))
                .then(c -> c.ticket().urge("请尽快", "agent", now.minus(Duration.ofHours(2)))));
    String atRisk =
        store(
            PastTicket.received(sla, "PHONE", "YOUHAO", null, now.minus(days(8)))
                .dispatch("HEATING_CO", now.minus(days(8)), now.plus(days(2)))
                .then(c -> c.ticket().markAtRisk(now)));

    JsonNode queue = json("/api/tickets/queue", "heating");

    assertThat(idsOf(queue)).containsExactly(atRisk, urged, plain);
    assertThat(queue.get(0).get("atRisk").asBoolean()).isTrue();
    assertThat(queue.get(1).get("urged").asInt()).isEqualTo(1);
    assertThat(queue.get(2).get("urged").asInt()).isZero();
  }

  private String dispatched(String department, Instant at, Instant deadline) {
    return store(
        PastTicket.received(sla, "PHONE", "JINLIN", null, at.minusSeconds(60))
            .dispatch(department, at, deadline));
  }

  private String store(PastTicket ticket) {
    store.insert(ticket.change());
    return ticket.id();
  }

  /** The ticket's at-risk and overdue flags. */
  private List<Boolean> flags(String id) throws Exception {
    JsonNode milestones = json("/api/tickets/" + id, "agent").get("milestones");
    return List.of(milestones.get("atRisk").asBoolean(), milestones.get("overdue").asBoolean());
  }

  private List<String> eventTypesOf(String id) {
    return TopicRecords.withKey(kafka.getBootstrapServers(), Topics.TICKET_EVENTS, id).stream()
        .map(
            record ->
                KafkaCloudEvents.header(record.headers(), KafkaCloudEvents.TYPE).orElseThrow())
        .toList();
  }

  private JsonNode json(String path, String user) throws Exception {
    return new ApiCalls(mvc, "/api/tickets").read(path, user);
  }

  private static List<String> idsOf(JsonNode tickets) {
    List<String> ids = new ArrayList<>();
    tickets.forEach(ticket -> ids.add(ticket.get("id").asString()));
    return ids;
  }

  private static Duration days(int days) {
    return Duration.ofDays(days);
  }
}
