package io.civicline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.civicline.localstack.ChildProcess;
import io.civicline.localstack.KafkaBroker;
import io.civicline.localstack.KafkaBrokerMain;
import io.civicline.localstack.MongoWireServerProcess;
import io.civicline.localstack.Ports;
import io.civicline.localstack.Readiness;
import io.civicline.localstack.Service;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault suite: during a steady load of tickets, dispatches and mediation cases ({@link
 * AcknowledgedLoad}), {@code kill -9} of hotline-service, mediation-service, the MongoDB-wire
 * server (file backend) and the Kafka broker in turn, each started again by the test as the
 * launcher started it. Afterwards every ticket and case a 2xx acknowledged is stored, the figures
 * count each stored one exactly once, the database outage was answered with prompt 503 problems,
 * and nothing else needed a restart. Bounded in time and count, on loopback, stops by itself.
 *
 * <p>Short form by default (one round, a few minutes); the long form repeats it: {@code
 * -Dfaults.rounds=5 -Dfaults.load-seconds=30 -Dfaults.clients=4}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultSuiteIT {

  /** How often the four faults are repeated. */
  private static final int ROUNDS = Integer.getInteger("faults.rounds", 1);

  /** How long the load runs before each fault (and after the last) at least. */
  private static final Duration LOAD = Duration.ofSeconds(Long.getLong("faults.load-seconds", 5));

  private static final int CLIENTS = Integer.getInteger("faults.clients", 3);

  /** Each client's pause between two requests: a steady load, not a benchmark. */
  private static final Duration PACE = Duration.ofMillis(Long.getLong("faults.pause-ms", 150));

  /** "A few seconds": the services give up on an unreachable database after 2 s. */
  private static final Duration PROMPTLY = Duration.ofSeconds(5);

  /** Threads reading every acknowledged record back. */
  private static final int READERS = 4;

  private static final Duration RESTARTED = Duration.ofSeconds(180);
  private static final Duration CONVERGED = Duration.ofSeconds(150);
  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  private final LaunchedStack stack = new LaunchedStack();
  private final StackHttp http = new StackHttp();
  private final AcknowledgedLoad load = new AcknowledgedLoad(http, stack, PACE);
  private final String year = Year.now(CITY).toString();
  private final List<StackChild> killed = new ArrayList<>();
  private final List<OutageAnswer> outageAnswers = new ArrayList<>();

  /** The launcher's stats-service, which no fault touches. */
  private ProcessHandle stats;

  private Stored before;
  private long receivedBefore;
  private long registeredBefore;

  /** One answer of a service while the database was down. */
  record OutageAnswer(
      String request, int status, String contentType, boolean retryAfter, long ms) {}

  /** A service's API for one kind of record: where, as whom, a new one, those acknowledged. */
  record Desk(int port, String user, String path, String newOne, Set<String> acknowledged) {}

  /** The ids of the tickets and cases in the database. */
  record Stored(Set<String> tickets, Set<String> cases) {}

  @BeforeAll
  void killEachPartInTurnUnderASteadyLoad(@TempDir Path data) throws Exception {
    long started = System.nanoTime();
    stack.start(data);
    System.out.printf("The stack was ready after %d ms%n", millisSince(started));
    stats = StatsInstance.launchersInstance(stack).orElseThrow();
    StackChild hotline =
        StackChild.of(stack, "hotline-service", "hotline-service.jar", LaunchedStack.PROJECT);
    StackChild mediation =
        StackChild.of(stack, "mediation-service", "mediation-service.jar", LaunchedStack.PROJECT);
    StackChild mongo =
        StackChild.of(
            stack, MongoWireServerProcess.NAME, MongoWireServerProcess.MAIN_CLASS, stack.logs());
    StackChild kafka =
        StackChild.of(
            stack, KafkaBroker.NAME, KafkaBrokerMain.class.getName(), data.resolve("kafka"));
    killed.addAll(List.of(hotline, mediation, mongo, kafka));
    before = stored();
    receivedBefore = figure("hotline", "received");
    registeredBefore = figure("mediation", "registered");

    load.start(CLIENTS);
    for (int round = 1; round <= ROUNDS; round++) {
      System.out.printf("Fault round %d of %d%n", round, ROUNDS);
      awaitLoadAcknowledged("before the kill of hotline-service");
      killAndRestartService(hotline, stack.hotline);
      awaitLoadAcknowledged("after the restart of hotline-service");
      killAndRestartService(mediation, stack.mediation);
      awaitLoadAcknowledged("after the restart of mediation-service");
      killTheDatabaseAndRestartIt(mongo);
      awaitLoadAcknowledged("after the restart of the MongoDB-wire server");
      killTheBrokerAndRestartIt(kafka);
    }
    awaitLoadAcknowledged("after the restart of the Kafka broker");
    load.stop();
    System.out.printf(
        "%d round(s) of faults in %d ms: %d tickets and %d cases acknowledged; answers %s%n",
        ROUNDS, millisSince(started), load.tickets().size(), load.cases().size(), load.answers());
  }

  @AfterAll
  void stopEverything() throws Exception {
    load.stop();
    killed.stream()
        .filter(child -> child.name().endsWith("-service"))
        .forEach(child -> child.stopRestarted(20));
    stack.close();
    killed.stream()
        .filter(child -> !child.name().endsWith("-service"))
        .forEach(child -> child.stopRestarted(30));
  }

  @Test
  void everyTicketAndCaseAcknowledgedWithA2xxIsStored() throws Exception {
    assertThat(load.tickets()).as("tickets acknowledged").isNotEmpty();
    assertThat(load.cases()).as("cases acknowledged").isNotEmpty();
    assertThat(missing(stack.hotline, "/api/tickets/", "agent", load.tickets()))
        .as("acknowledged tickets the hotline API does not find")
        .isEmpty();
    assertThat(missing(stack.mediation, "/api/cases/", "mediator", load.cases()))
        .as("acknowledged cases the mediation API does not find")
        .isEmpty();
  }

  @Test
  void theFiguresCountEveryStoredTicketAndCaseExactlyOnce() throws Exception {
    Stored after = stored();
    Set<String> newTickets = added(before.tickets(), after.tickets());
    Set<String> newCases = added(before.cases(), after.cases());
    assertThat(newTickets).containsAll(load.tickets());
    assertThat(newCases).containsAll(load.cases());
    assertThat(newTickets.size() - load.tickets().size())
        .as("tickets stored without a 2xx: at most the creates that got no clear answer")
        .isBetween(0, load.unclearTicketCreates());
    assertThat(newCases.size() - load.cases().size())
        .as("cases stored without a 2xx: at most the creates that got no clear answer")
        .isBetween(0, load.unclearCaseCreates());

    long received = receivedBefore + newTickets.size();
    long registered = registeredBefore + newCases.size();
    await("received " + received + " and registered " + registered + ", and staying so")
        .atMost(CONVERGED)
        .during(Duration.ofSeconds(3))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .untilAsserted(
            () -> {
              assertThat(figure("hotline", "received"))
                  .as(
                      () ->
                          "received; tickets holding events: "
                              + holdingEvents("hotline", "tickets"))
                  .isEqualTo(received);
              assertThat(figure("mediation", "registered"))
                  .as(
                      () ->
                          "registered; cases holding events: "
                              + holdingEvents("mediation", "cases"))
                  .isEqualTo(registered);
            });
    System.out.printf(
        "Figures exact: %d tickets received (%d acknowledged, %d unclear creates), %d cases"
            + " registered (%d acknowledged, %d unclear creates)%n",
        received,
        load.tickets().size(),
        load.unclearTicketCreates(),
        registered,
        load.cases().size(),
        load.unclearCaseCreates());
  }

  @Test
  void whileTheDatabaseIsDownTheServicesAnswerRetryLaterProblemsPromptly() {
    assertThat(outageAnswers).hasSize(4 * ROUNDS);
    for (OutageAnswer answer : outageAnswers) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
      assertThat(answer.contentType()).as(answer.toString()).isEqualTo("application/problem+json");
      assertThat(answer.retryAfter()).as(answer + ": Retry-After").isTrue();
      assertThat(answer.ms()).as(answer + ": milliseconds").isLessThan(PROMPTLY.toMillis());
    }
  }

  @Test
  void noServiceAnsweredOrLoggedAServerError() throws Exception {
    assertThat(http.serverErrors()).as("HTTP 5xx answers but 503 with Retry-After").isEmpty();
    List<String> errors = stack.logLines(LaunchedStack.SERVICES, "ERROR");
    System.out.printf("ERROR lines in the services' logs: %d%n", errors.size());
    errors.forEach(line -> System.out.println("  " + line));
    assertThat(errors)
        .as("500s logged by the services (ApiProblems: unexpected error)")
        .noneMatch(line -> line.contains("unexpected error"));
    assertThat(errors)
        .as(
            "ERROR lines in the services' logs: only the outbox relays' failed sends while the"
                + " broker was down (sent again later: the figures are exact), and a stream thread"
                + " replaced once per broker kill at most")
        .allMatch(
            line ->
                LaunchedStack.isFailedSendWhileTheBrokerWasDown(line)
                    || LaunchedStack.isStreamThreadReplaced(line));
    assertThat(errors.stream().filter(LaunchedStack::isStreamThreadReplaced).count())
        .as("stream threads replaced: a streak would be logged by stats-service as an ERROR")
        .isLessThanOrEqualTo(ROUNDS);
  }

  /**
   * The services kept working through the other parts' faults: after each restart the load got 2xx
   * answers from both desks again ({@link #awaitLoadAcknowledged}), and now every part still runs
   * as the process the launcher or the test started, none started again by hand.
   */
  @Test
  void everyPartRecoveredWithoutARestartOtherThanTheKilledOnesOwn() {
    assertThat(stack.launcher().process().isAlive()).as("the launcher runs").isTrue();
    assertThat(stats.isAlive()).as("the launcher's stats-service runs, never restarted").isTrue();
    for (StackChild child : killed) {
      assertThat(child.process().isAlive())
          .as(child.name() + " started again by the test")
          .isTrue();
    }
    for (Service service : services()) {
      assertThat(Readiness.isReady(service)).as(service.name() + " ready").isTrue();
    }
  }

  private void killAndRestartService(StackChild service, int port) throws Exception {
    service.killNine();
    long down = System.nanoTime();
    ChildProcess restarted = service.restart();
    Service started = new Service(service.name(), "127.0.0.1", port, null);
    await(service.name() + " ready again")
        .atMost(RESTARTED)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> Readiness.isReady(started) || exited(restarted));
    assertThat(restarted.isAlive()).as(String.join("\n", restarted.lastLogLines(40))).isTrue();
    System.out.printf(
        "kill -9 of %s; started again, ready %d ms after the kill%n",
        service.name(), millisSince(down));
  }

  private void killTheDatabaseAndRestartIt(StackChild mongo) throws Exception {
    mongo.killNine();
    long down = System.nanoTime();
    List<Desk> desks =
        List.of(
            new Desk(stack.hotline, "agent", "/api/tickets", DeskSteps.TICKET, load.tickets()),
            new Desk(stack.mediation, "mediator", "/api/cases", DeskSteps.CASE, load.cases()));
    for (Desk desk : desks) {
      String known = desk.path() + "/" + desk.acknowledged().iterator().next();
      outageAnswers.add(
          answer(
              "POST " + desk.path(),
              () -> http.post(desk.port(), desk.path(), desk.user(), desk.newOne())));
      outageAnswers.add(
          answer(
              "GET " + desk.path() + "/{id}", () -> http.fetch(desk.port(), known, desk.user())));
    }
    ChildProcess restarted = mongo.restart();
    Ports.awaitListening(restarted, "127.0.0.1", stack.mongo, Duration.ofSeconds(60));
    System.out.printf(
        "kill -9 of the MongoDB-wire server; answers while down %s; listening again %d ms after"
            + " the kill%n",
        outageAnswers.subList(outageAnswers.size() - 4, outageAnswers.size()), millisSince(down));
  }

  private void killTheBrokerAndRestartIt(StackChild kafka) throws Exception {
    kafka.killNine();
    long down = System.nanoTime();
    awaitLoadAcknowledged("while the Kafka broker is down");
    ChildProcess restarted = kafka.restart();
    Ports.awaitListening(restarted, "127.0.0.1", stack.kafka, Duration.ofSeconds(90));
    System.out.printf(
        "kill -9 of the Kafka broker; listening again %d ms after the kill%n", millisSince(down));
  }

  /**
   * Waits at least {@link #LOAD} while the load runs, until both desks have acknowledged new
   * creates since: the services work.
   */
  private void awaitLoadAcknowledged(String when) {
    long from = System.nanoTime();
    int tickets = load.tickets().size();
    int cases = load.cases().size();
    await("new tickets and cases acknowledged " + when)
        .atMost(LOAD.plus(RESTARTED))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                System.nanoTime() - from >= LOAD.toNanos()
                    && load.tickets().size() > tickets
                    && load.cases().size() > cases);
  }

  private static OutageAnswer answer(String request, Call call) {
    long sent = System.nanoTime();
    try {
      HttpResponse<String> response = call.send();
      return new OutageAnswer(
          request,
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Retry-After").isPresent(),
          millisSince(sent));
    } catch (Exception e) {
      return new OutageAnswer(request + " " + e, -1, "", false, millisSince(sent));
    }
  }

  /** One request of the outage probe. */
  @FunctionalInterface
  private interface Call {
    HttpResponse<String> send() throws Exception;
  }

  /** The ids the API does not answer 200 for, with the status it gave; read by a few threads. */
  private List<String> missing(int port, String path, String user, Set<String> ids)
      throws Exception {
    ExecutorService readers = Executors.newFixedThreadPool(READERS);
    try {
      List<Future<String>> reading = new ArrayList<>();
      for (String id : ids) {
        reading.add(
            readers.submit(
                () -> {
                  int status = http.fetch(port, path + id, user).statusCode();
                  return status == 200 ? null : id + " " + status;
                }));
      }
      List<String> missing = new ArrayList<>();
      for (Future<String> each : reading) {
        String problem = each.get(60, TimeUnit.SECONDS);
        if (problem != null) {
          missing.add(problem);
        }
      }
      return missing;
    } finally {
      readers.shutdownNow();
    }
  }

  /** The tickets and cases in the database, read with the driver: what exists, 2xx or not. */
  private Stored stored() {
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + stack.mongo)) {
      return new Stored(
          ids(client, "hotline", "tickets", new Document()),
          ids(client, "mediation", "cases", new Document()));
    }
  }

  private static Set<String> ids(
      MongoClient client, String database, String collection, Document filter) {
    Set<String> ids = new HashSet<>();
    client
        .getDatabase(database)
        .getCollection(collection)
        .find(filter)
        .projection(new Document("_id", 1))
        .forEach(document -> ids.add(String.valueOf(document.get("_id"))));
    return ids;
  }

  /**
   * The records whose outbox still holds events: published ones are removed, so a figure short with
   * one of these named points at the relay, without one at the way from the topic.
   */
  private Set<String> holdingEvents(String database, String collection) {
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + stack.mongo)) {
      return ids(
          client, database, collection, new Document("outbox.0", new Document("$exists", true)));
    }
  }

  private static Set<String> added(Set<String> before, Set<String> after) {
    Set<String> added = new HashSet<>(after);
    added.removeAll(before);
    return added;
  }

  /** One figure of this year for the whole city, from stats-service. */
  private long figure(String family, String name) throws Exception {
    return http.getJson(stack.stats, "/api/stats/" + family + "?period=" + year, "manager")
        .path("figures")
        .path(name)
        .asLong();
  }

  private List<Service> services() {
    return List.of(
        new Service("hotline-service", "127.0.0.1", stack.hotline, null),
        new Service("mediation-service", "127.0.0.1", stack.mediation, null),
        new Service("stats-service", "127.0.0.1", stack.stats, null));
  }

  private static boolean exited(ChildProcess child) {
    return !child.isAlive();
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
