package io.civicline.localstack;

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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system started as a user starts it ({@code java -jar
 * local-stack/target/local-stack.jar}, what {@code ./run.sh --no-build} runs), driven over HTTP
 * like an agent and a manager, then stopped like Ctrl-C stops it. Needs the three service jars:
 * {@code ./mvnw -DskipTests install}.
 */
class LocalStackSystemIT {

  private static final Path MODULE =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

  /** The reactor root; {@code -Dlocalstack.project-dir=...} points the test at another build. */
  private static final Path PROJECT =
      Path.of(System.getProperty("localstack.project-dir", MODULE.getParent().toString()))
          .toAbsolutePath()
          .normalize();

  private static final String TICKET =
      "{\"channel\":\"PHONE\",\"category\":\"COMPLAINT\",\"district\":\"YIMEI\","
          + "\"urgency\":\"NORMAL\",\"caller\":{\"name\":\"张三\",\"phone\":\"13800000000\"},"
          + "\"description\":\"路灯不亮\"}";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final JsonMapper json = JsonMapper.builder().build();
  private final int kafka = FreePorts.next();
  private final int mongo = FreePorts.next();
  private final int hotline = FreePorts.next();
  private final int mediation = FreePorts.next();
  private final int stats = FreePorts.next();
  private final List<String> ports =
      List.of(
          "--kafka-port=" + kafka,
          "--kafka-controller-port=" + FreePorts.next(),
          "--mongo-port=" + mongo,
          "--hotline-port=" + hotline,
          "--mediation-port=" + mediation,
          "--stats-port=" + stats);

  @TempDir Path data;
  private LauncherProcess launcher;

  @AfterEach
  void stopTheStack() throws Exception {
    if (launcher != null && launcher.process().isAlive()) {
      launcher.sigterm();
      launcher.awaitExit(Duration.ofSeconds(120));
    }
  }

  @Test
  void aTicketReceivedByAnAgentShowsInTheManagersFiguresAndCtrlCStopsEverything() throws Exception {
    Path jar = MODULE.resolve("target").resolve("local-stack.jar");
    assertThat(jar).as("the launcher jar (mvn package)").isRegularFile();
    for (String service : FakeServiceJars.SERVICES) {
      assertThat(PROJECT.resolve(service).resolve("target").resolve(service + ".jar"))
          .as("%s is not built: run ./mvnw -DskipTests install first", service)
          .isRegularFile();
    }

    launcher = LauncherProcess.start(launcherCommand(jar, data));
    launcher.awaitLine(LocalStack.READY_LINE, Duration.ofSeconds(300));
    List<ProcessHandle> children = launcher.children();
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    long before =
        await("the manager's figures")
            .atMost(Duration.ofSeconds(60))
            .ignoreExceptions()
            .until(() -> received(today), count -> count >= 0);

    HttpResponse<String> created = post("/api/tickets", "agent", TICKET);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(json.readTree(created.body()).hasNonNull("id")).as(created.body()).isTrue();
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
    HttpResponse<String> again = post("/api/tickets", "agent", TICKET);
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
    String firstId = json.readTree(created.body()).get("id").asString();
    String secondId = json.readTree(again.body()).get("id").asString();
    HttpResponse<String> duplicate =
        post(
            "/api/tickets/" + secondId + "/duplicate-of",
            "agent",
            "{\"original\":\"" + firstId + "\",\"version\":1}");
    assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(200);
    assertThat(json.readTree(duplicate.body()).get("status").asString()).isEqualTo("DUPLICATE");
    await("a duplicate counts once: figures.received = " + (before + 1))
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions()
        .until(() -> received(today) == before + 1);

    aCrashBetweenSendAndRemovalIsRepublishedAndCountedOnce(today);
    aReferredTicketBecomesACaseWhoseOutcomeComesBackToTheTicket();

    LauncherProcess second = LauncherProcess.start(launcherCommand(jar, data.resolve("second")));
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
    for (int port : List.of(kafka, mongo, hotline, mediation, stats)) {
      assertThat(PortCheck.isFree(port)).as("port %d is free again", port).isTrue();
    }
  }

  /**
   * The relay sent an event and the process died before removing it from the ticket's outbox: the
   * event is on the topic and still in the document. The sweep publishes it again (as after a
   * restart), removes it, and the manager's figures count the ticket once.
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
        KafkaProducer<String, byte[]> producer = producer()) {
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
    assertThat(
            TopicRecords.withKey(
                List.of("127.0.0.1:" + kafka), Topics.TICKET_EVENTS, event.caseId()))
        .hasSize(2);
    await("the ticket counts once in " + district)
        .atMost(Duration.ofSeconds(15))
        .during(Duration.ofSeconds(3))
        .ignoreExceptions()
        .until(() -> received(today, district) == before + 1);
  }

  private KafkaProducer<String, byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            "127.0.0.1:" + kafka,
            ProducerConfig.ACKS_CONFIG,
            "all"),
        new StringSerializer(),
        new ByteArraySerializer());
  }

  private List<String> launcherCommand(Path jar, Path dataDir) {
    List<String> command = new ArrayList<>();
    command.add(JavaCommand.java());
    command.add("-jar");
    command.add(jar.toString());
    command.add("--no-build");
    command.add("--project-dir=" + PROJECT);
    command.add("--data=" + dataDir);
    command.add("--startup-timeout=240");
    command.addAll(ports);
    return command;
  }

  private long received(String period) throws Exception {
    return received(period, "");
  }

  private long received(String period, String district) throws Exception {
    String query = "/api/stats/hotline?period=" + period + "&district=" + district;
    HttpResponse<String> response =
        http.send(
            request("http://127.0.0.1:" + stats + query, "manager").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
    JsonNode received = json.readTree(response.body()).path("figures").path("received");
    return received.isMissingNode() ? 0 : received.asLong();
  }

  /**
   * Across the three processes: an agent refers a ticket to mediation; mediation-service makes a
   * case of the referral; a mediator mediates it and closes it as successful; the ticket records
   * the outcome as its answer.
   */
  private void aReferredTicketBecomesACaseWhoseOutcomeComesBackToTheTicket() throws Exception {
    HttpResponse<String> created = post("/api/tickets", "agent", TICKET);
    String ticketId = json.readTree(created.body()).get("id").asString();
    HttpResponse<String> referred =
        post("/api/tickets/" + ticketId + "/refer", "agent", "{\"version\":1}");
    assertThat(referred.statusCode()).as(referred.body()).isEqualTo(200);
    assertThat(json.readTree(referred.body()).get("status").asString()).isEqualTo("REFERRED");

    JsonNode theCase =
        await("a mediation case for ticket " + ticketId)
            .atMost(Duration.ofSeconds(20))
            .pollInterval(Duration.ofMillis(200))
            .ignoreExceptions()
            .until(
                () ->
                    json.readTree(get(mediation, "/api/cases?ticket=" + ticketId, "mediator"))
                        .path("items"),
                items -> items.size() == 1)
            .get(0);
    String caseId = theCase.get("id").asString();
    String casePath = "/api/cases/" + caseId;
    HttpResponse<String> assigned =
        post(mediation, casePath + "/assign", "mediator", "{\"mediator\":\"M_YIMEI_01\"}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    HttpResponse<String> session =
        post(
            mediation,
            casePath + "/sessions",
            "mediator",
            "{\"date\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "\"}");
    assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
    HttpResponse<String> closed =
        post(
            mediation,
            casePath + "/close",
            "mediator",
            "{\"outcome\":\"SUCCESS\",\"agreementType\":\"WRITTEN\"}");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

    JsonNode ticket =
        await("the outcome on ticket " + ticketId)
            .atMost(Duration.ofSeconds(20))
            .pollInterval(Duration.ofMillis(200))
            .ignoreExceptions()
            .until(
                () -> json.readTree(get(hotline, "/api/tickets/" + ticketId, "agent")),
                view -> view.path("status").asString().equals("REPLIED"));
    assertThat(ticket.path("reply").path("mediationOutcome").asString()).isEqualTo("SUCCESS");
    assertThat(ticket.path("reply").path("mediationCaseId").asString()).isEqualTo(caseId);
  }

  private String get(int port, String path, String user) throws Exception {
    HttpResponse<String> response =
        http.send(
            request("http://127.0.0.1:" + port + path, user).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  private HttpResponse<String> post(String path, String user, String body) throws Exception {
    return post(hotline, path, user, body);
  }

  private HttpResponse<String> post(int port, String path, String user, String body)
      throws Exception {
    return http.send(
        request("http://127.0.0.1:" + port + path, user)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(String url, String user) {
    String credentials = user + ":" + user;
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(10))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }
}
