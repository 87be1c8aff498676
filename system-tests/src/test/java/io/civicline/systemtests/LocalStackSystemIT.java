package io.civicline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketSnapshot;
import io.civicline.events.TopicRecords;
import io.civicline.events.Topics;
import io.civicline.localstack.LauncherProcess;
import io.civicline.localstack.PortCheck;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The whole system started as a user starts it ({@link LaunchedStack}), driven over HTTP like an
 * agent and a manager, then stopped like Ctrl-C stops it. Needs the three service jars: {@code
 * ./mvnw -DskipTests install}.
 */
class LocalStackSystemIT {

  private final LaunchedStack stack = new LaunchedStack();
  private final StackHttp http = new StackHttp();
  private final DeskSteps desk = new DeskSteps(http, stack);
  private final int mongo = stack.mongo;
  private final int hotline = stack.hotline;
  private final int stats = stack.stats;
  private final int mediation = stack.mediation;

  @TempDir Path data;

  @AfterEach
  void stopTheStack() throws Exception {
    stack.close();
  }

  @Test
  void aTicketReceivedByAnAgentShowsInTheManagersFiguresAndCtrlCStopsEverything() throws Exception {
    // The periodic sweep (10 min by default) is what finds an event another process left behind.
    stack.start(data, Map.of("CIVICLINE_OUTBOX_SWEEPINTERVAL", "2s"));
    LauncherProcess launcher = stack.launcher();
    List<ProcessHandle> children = launcher.children();
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    long before =
        await("the manager's figures")
            .atMost(Duration.ofSeconds(60))
            .ignoreExceptions()
            .until(() -> received(today), count -> count >= 0);

    HttpResponse<String> created = http.post(hotline, "/api/tickets", "agent", DeskSteps.TICKET);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(http.json(created.body()).hasNonNull("id")).as(created.body()).isTrue();
    long posted = System.nanoTime();
    await("figures.received = " + (before + 1))
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions()
        .until(() -> received(today) == before + 1);
    System.out.printf(
        "The new ticket showed in the manager's figures after %d ms%n",
        (System.nanoTime() - posted) / 1_000_000);

    // The first ticket also pays for the producer's start; the next one shows the steady path.
    HttpResponse<String> again = http.post(hotline, "/api/tickets", "agent", DeskSteps.TICKET);
    assertThat(again.statusCode()).isEqualTo(201);
    long postedAgain = System.nanoTime();
    await("figures.received = " + (before + 2) + " within 2 s")
        .atMost(Duration.ofSeconds(2))
        .pollInterval(Duration.ofMillis(50))
        .ignoreExceptions()
        .until(() -> received(today) == before + 2);
    System.out.printf(
        "A second ticket showed in the manager's figures after %d ms%n",
        (System.nanoTime() - postedAgain) / 1_000_000);

    // An agent finds the second call is the same matter: marked as a duplicate, it counts once.
    String firstId = http.json(created.body()).get("id").asString();
    String secondId = http.json(again.body()).get("id").asString();
    HttpResponse<String> duplicate =
        http.post(
            hotline,
            "/api/tickets/" + secondId + "/duplicate-of",
            "agent",
            "{\"original\":\"" + firstId + "\",\"version\":1}");
    assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(200);
    assertThat(http.json(duplicate.body()).get("status").asString()).isEqualTo("DUPLICATE");
    await("a duplicate counts once: figures.received = " + (before + 1))
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions()
        .until(() -> received(today) == before + 1);

    aCrashBetweenSendAndRemovalIsRepublishedAndCountedOnce(today);
    aReferredTicketBecomesACaseWhoseOutcomeComesBackToTheTicket();
    eachServiceDescribesTheTopicsItWritesAndReadsInAnAsyncApiDocument();

    LauncherProcess second = LauncherProcess.start(stack.command(data.resolve("second")));
    assertThat(second.awaitExit(Duration.ofSeconds(60))).isTrue();
    assertThat(second.process().exitValue()).isEqualTo(2);
    assertThat(second.output())
        .isEqualTo(
            "Port "
                + mongo
                + " for the MongoDB-wire server is already in use: stop what uses it or choose"
                + " another port with --mongo-port=... (or CIVICLINE_MONGO_PORT).");

    launcher.sigterm();

    assertThat(launcher.awaitExit(Duration.ofSeconds(120))).isTrue();
    assertThat(launcher.output()).contains("stopped hotline-service", "stopped mongo", "Stopped.");
    assertThat(children).isNotEmpty().noneMatch(ProcessHandle::isAlive);
    for (int port : stack.ports()) {
      assertThat(PortCheck.isFree(port)).as("port %d is free again", port).isTrue();
    }
  }

  /** Beside each OpenAPI document, {@code /v3/asyncapi} names which way each topic goes. */
  private void eachServiceDescribesTheTopicsItWritesAndReadsInAnAsyncApiDocument()
      throws Exception {
    Map<Integer, Map<String, String>> expected =
        Map.of(
            hotline,
            Map.of(
                Topics.TICKET_EVENTS,
                "send",
                Topics.REFERRALS,
                "send",
                Topics.CASE_EVENTS,
                "receive"),
            mediation,
            Map.of(Topics.CASE_EVENTS, "send", Topics.REFERRALS, "receive"),
            stats,
            Map.of(Topics.TICKET_EVENTS, "receive", Topics.CASE_EVENTS, "receive"));
    for (Map.Entry<Integer, Map<String, String>> service : expected.entrySet()) {
      JsonNode document = http.getJson(service.getKey(), "/v3/asyncapi", "manager");
      assertThat(document.path("asyncapi").asString()).startsWith("3.");
      Map<String, String> directions = new HashMap<>();
      for (JsonNode operation : document.path("operations")) {
        String channel = operation.path("channel").path("$ref").asString().substring(1);
        directions.put(
            document.at(channel).path("address").asString(), operation.path("action").asString());
      }
      assertThat(directions)
          .as("topics of port %d", service.getKey())
          .isEqualTo(service.getValue());
    }
  }

  /**
   * The relay sent an event and the process died before removing it from the ticket's outbox: the
   * event is on the topic and still in the document. The periodic sweep publishes it again (as does
   * the start-up sweep after a restart), removes it, and the manager's figures count the ticket
   * once.
   */
  private void aCrashBetweenSendAndRemovalIsRepublishedAndCountedOnce(String today)
      throws Exception {
    String district = "JIAYIN";
    long before = received(today, district);
    Instant now = Instant.now();
    ObjectId id = new ObjectId();
    TicketEvent event =
        new TicketEvent(
            TicketEventType.RECEIVED.cloudEventType(),
            UUID.randomUUID().toString(),
            id.toHexString(),
            1,
            now,
            TicketSnapshot.received(null, "RECEIVED", "PHONE", "HELP", district, "NORMAL", now));
    CloudEvent cloudEvent =
        new CloudEvent(
            event.eventId(),
            "/hotline-service",
            event.type(),
            event.caseId(),
            now,
            EventJson.write(event));
    Document pending =
        new Document("eventId", event.eventId())
            .append("topic", Topics.TICKET_EVENTS)
            .append("key", event.caseId())
            .append("type", event.type())
            .append("source", cloudEvent.source())
            .append("time", Date.from(now))
            .append("data", new String(cloudEvent.data(), StandardCharsets.UTF_8));
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongo);
        KafkaProducer<String, byte[]> producer = stack.producer()) {
      MongoCollection<Document> tickets = client.getDatabase("hotline").getCollection("tickets");
      tickets.insertOne(
          new Document("_id", id)
              .append("number", "12345-" + today.replace("-", "") + "-999999")
              .append("version", 1L)
              .append("status", "RECEIVED")
              .append("district", district)
              .append("outbox", List.of(pending)));
      producer.send(KafkaCloudEvents.toRecord(Topics.TICKET_EVENTS, cloudEvent)).get();

      await("the sweep republishes and removes the pending event")
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  tickets
                      .find(new Document("_id", id))
                      .first()
                      .getList("outbox", Document.class)
                      .isEmpty());
    }
    assertThat(TopicRecords.withKey(stack.bootstrapServers(), Topics.TICKET_EVENTS, event.caseId()))
        .hasSize(2);
    await("the ticket counts once in " + district)
        .atMost(Duration.ofSeconds(15))
        .during(Duration.ofSeconds(3))
        .ignoreExceptions()
        .until(() -> received(today, district) == before + 1);
  }

  private long received(String period) throws Exception {
    return received(period, "");
  }

  private long received(String period, String district) throws Exception {
    String query = "/api/stats/hotline?period=" + period + "&district=" + district;
    JsonNode received = http.getJson(stats, query, "manager").path("figures").path("received");
    return received.isMissingNode() ? 0 : received.asLong();
  }

  /**
   * Across the three processes: an agent refers a ticket to mediation; mediation-service makes a
   * case of the referral; a mediator mediates it and closes it as successful; the ticket records
   * the outcome as its answer.
   */
  private void aReferredTicketBecomesACaseWhoseOutcomeComesBackToTheTicket() throws Exception {
    String ticketId = desk.receiveTicket();
    desk.refer(ticketId);

    String caseId = desk.awaitCaseOf(ticketId, Duration.ofSeconds(20));
    desk.mediate(caseId, "SUCCESS");

    JsonNode ticket = desk.awaitReplied(ticketId, Duration.ofSeconds(20));
    assertThat(ticket.path("reply").path("mediationOutcome").asString()).isEqualTo("SUCCESS");
    assertThat(ticket.path("reply").path("mediationCaseId").asString()).isEqualTo(caseId);
    assertThat(http.serverErrors()).as("HTTP 5xx answers").isEmpty();
  }
}
