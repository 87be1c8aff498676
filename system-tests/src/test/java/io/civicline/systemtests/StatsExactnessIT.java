package io.civicline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.events.TopicRecords;
import io.civicline.events.Topics;
import io.civicline.kit.testing.ConsoleBrowser;
import io.civicline.localstack.ChildProcess;
import io.civicline.localstack.KafkaBroker;
import io.civicline.localstack.KafkaBrokerMain;
import io.civicline.localstack.Ports;
import io.civicline.perf.StackPorts;
import io.civicline.perf.load.CityLoad;
import io.civicline.systemtests.CourseFigures.Figures;
import io.civicline.systemtests.TicketCourses.Plan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * stats-service's figures are exact on real processes: two instances of one application over the
 * stack started as a user starts it, each answering for the whole city; instances killed with
 * {@code kill -9} while tickets arrive; ticket events delivered twice; the broker killed and
 * restarted. After each, both instances show exactly the figures computed from what the test did
 * ({@link TicketCourses}). The tests share one stack and go in order, each adding tickets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatsExactnessIT {

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
  private static final Duration CONVERGED = Duration.ofSeconds(150);
  private static final int AGENTS = 4;

  private final LaunchedStack stack = new LaunchedStack();
  private final StackHttp http = new StackHttp();
  private final TicketCourses courses = new TicketCourses(http, stack.hotline);
  private final String year = Year.now(CITY).toString();
  private int nextTicket;

  /** The launcher's instance once the test has killed and restarted it; until then null. */
  private StatsInstance first;

  private StatsInstance second;
  private ChildProcess restartedBroker;

  private Path data;

  @BeforeAll
  void startTheStackAndASecondStatsInstance(@TempDir Path data) {
    this.data = data;
    Duration startup = stack.start(data);
    System.out.printf("The stack was ready after %.1f s%n", startup.toMillis() / 1000.0);
    second =
        StatsInstance.of(
                "stats-service-2",
                stack,
                data,
                StackPorts.freePort(),
                data.resolve("stats-state-2"))
            .start();
    long starting = System.nanoTime();
    awaitReady(second);
    System.out.printf(
        "A second stats-service on port %d was ready after %d ms%n",
        second.port(), millisSince(starting));
  }

  @AfterAll
  void stopEverything() throws Exception {
    Stream.of(first, second).filter(each -> each != null).forEach(StatsInstance::stop);
    stack.close();
    if (restartedBroker != null) {
      restartedBroker.stop(30);
    }
  }

  @Test
  @Order(1)
  void twoInstancesEachAnswerTheWholeCitysExactFigures() throws Exception {
    awaitExactFigures("nothing received yet");

    long driving = System.nanoTime();
    runCourses(60);
    System.out.printf("60 tickets taken along their courses in %d ms%n", millisSince(driving));

    long converging = System.nanoTime();
    awaitExactFigures("60 tickets");
    System.out.printf(
        "Both instances showed the exact figures %d ms after the last action%n",
        millisSince(converging));
    System.out.println("City figures: " + courses.expected().get(""));
    assertThat(http.serverErrors()).as("HTTP 5xx answers").isEmpty();
    assertThat(stack.logLines(services(), "ERROR"))
        .as("ERROR lines in the services' logs")
        .isEmpty();
  }

  @Test
  @Order(2)
  void instancesKilledMidStreamAndRestartedWithTheirStateCountEveryTicketOnce() throws Exception {
    ProcessHandle launchers =
        StatsInstance.launchersInstance(stack).orElseThrow(() -> new AssertionError("no stats"));
    int before = courses.done();
    ExecutorService agents = Executors.newFixedThreadPool(2);
    List<Future<?>> creating = new ArrayList<>();
    try {
      for (int i = 0; i < 100; i++) {
        Plan plan = Plan.of(nextTicket++);
        creating.add(agents.submit(() -> run(plan)));
      }
      await("30 of 100 tickets done")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(20))
          .until(() -> courses.done() >= before + 30);

      StatsInstance.killNine(launchers);
      second.kill();
      int doneAtKill = courses.done() - before;
      System.out.printf(
          "kill -9 of both stats-service instances after %d of 100 tickets%n", doneAtKill);
      assertThat(doneAtKill).as("tickets done when both instances were killed").isLessThan(100);

      first =
          StatsInstance.of("stats-service", stack, data, stack.stats, data.resolve("stats-state"))
              .start();
      second.start();
      for (Future<?> each : creating) {
        each.get(120, TimeUnit.SECONDS);
      }
    } finally {
      agents.shutdownNow();
    }
    long restarting = System.nanoTime();
    awaitReady(first);
    awaitReady(second);
    System.out.printf(
        "Both restarted instances were ready %d ms after the last ticket%n",
        millisSince(restarting));

    awaitExactFigures("160 tickets, two instances killed and restarted");
    System.out.printf(
        "Both instances showed the exact figures %d ms after the last ticket%n",
        millisSince(restarting));
    assertThat(http.serverErrors()).as("HTTP 5xx answers").isEmpty();
    assertThat(errorLines())
        .as("ERROR lines in the services' logs: a killed instance leaves WARNs only")
        .isEmpty();
  }

  @Test
  @Order(3)
  void ticketEventsDeliveredAgainChangeNoFigure() throws Exception {
    awaitExactFigures("before the redelivery");
    List<ConsumerRecord<String, byte[]>> events =
        TopicRecords.all(stack.bootstrapServers(), Topics.TICKET_EVENTS);
    List<ConsumerRecord<String, byte[]>> again = new ArrayList<>();
    for (int i = 0; i < events.size(); i += 7) {
      again.add(events.get(i));
    }
    try (KafkaProducer<String, byte[]> producer = stack.producer()) {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (ConsumerRecord<String, byte[]> event : again) {
        sent.add(
            producer.send(
                new ProducerRecord<>(
                    Topics.TICKET_EVENTS,
                    event.partition(),
                    event.key(),
                    event.value(),
                    event.headers())));
      }
      for (Future<RecordMetadata> each : sent) {
        each.get(30, TimeUnit.SECONDS);
      }
    }
    System.out.printf("%d of the %d ticket events delivered again%n", again.size(), events.size());

    stack.awaitConsumed(
        Topics.TICKET_EVENTS, LaunchedStack.STATS_APPLICATION_ID, Duration.ofSeconds(60));
    for (int port : statsPorts()) {
      await("the figures on port " + port + " stay exact")
          .atMost(Duration.ofSeconds(30))
          .during(Duration.ofSeconds(3))
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .untilAsserted(() -> assertThat(figuresOn(port)).isEqualTo(expected()));
    }
    assertThat(http.serverErrors()).as("HTTP 5xx answers").isEmpty();
    assertThat(errorLines()).as("ERROR lines in the services' logs").isEmpty();
  }

  @Test
  @Order(4)
  void ticketsReceivedWhileTheBrokerIsKilledAndRestartedAreAllCounted() throws Exception {
    StackChild broker =
        StackChild.of(
            stack, KafkaBroker.NAME, KafkaBrokerMain.class.getName(), data.resolve("kafka"));
    broker.killNine();
    long down = System.nanoTime();
    runCourses(10);
    System.out.printf(
        "kill -9 of the Kafka broker; 10 tickets taken along their courses while it was down%n");

    restartedBroker = broker.restart();
    Ports.awaitListening(restartedBroker, "127.0.0.1", stack.kafka, Duration.ofSeconds(90));
    System.out.printf("The broker listened again %d ms after the kill%n", millisSince(down));
    runCourses(20);

    long converging = System.nanoTime();
    awaitExactFigures("190 tickets, 10 of them while the broker was down");
    System.out.printf(
        "Both instances showed the exact figures %d ms after the last ticket%n",
        millisSince(converging));
    assertThat(http.serverErrors()).as("HTTP 5xx answers").isEmpty();
    List<String> errors = errorLines();
    errors.forEach(line -> System.out.println("  " + line));
    assertThat(errors)
        .as(
            "ERROR lines in the services' logs: only the outbox relay's failed sends while the"
                + " broker was down (retried, nothing lost: the figures above are exact)")
        .allMatch(
            line ->
                line.startsWith("hotline-service: ")
                    && LaunchedStack.isFailedSendWhileTheBrokerWasDown(line));
  }

  @Test
  @Order(5)
  void aCitysLoadWithAStatsInstanceKilledMidwayEndsWithEveryFigureAsItsRecordSays()
      throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> load =
          runner.submit(
              () ->
                  new CityLoad(out)
                      .run(
                          "--preset=small",
                          "--hotline=http://127.0.0.1:" + stack.hotline,
                          "--mediation=http://127.0.0.1:" + stack.mediation,
                          "--stats=http://127.0.0.1:" + stack.stats,
                          "--settle=150"));
      await("the load under way")
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> printed.toString(StandardCharsets.UTF_8).contains("journeys done"));
      first.kill();
      System.out.println("kill -9 of stats-service while the load ran");
      first.start();
      int exitCode = load.get(15, TimeUnit.MINUTES);
      System.out.print(printed.toString(StandardCharsets.UTF_8));
      assertThat(exitCode).as("every figure of the year as the load's record says").isZero();
    } finally {
      runner.shutdownNow();
    }
    Map<String, Figures> killed = figuresOn(stack.stats);
    await("the other instance shows the same figures")
        .atMost(CONVERGED)
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .untilAsserted(() -> assertThat(figuresOn(second.port())).isEqualTo(killed));
    assertThat(http.serverErrors()).as("HTTP 5xx answers").isEmpty();
  }

  /**
   * After the load, every tile of the dashboard shows the API's figure of the year (which test 5
   * found equal to the load's record), and a ticket received now is counted on the page, pushed,
   * without a reload. Leaves a picture of the dashboard in {@code target/screenshots}.
   */
  @Test
  @Order(6)
  void theDashboardShowsEveryFigureOfTheApiAndCountsANewTicketWithoutReloading() throws Exception {
    ConsoleBrowser browser = ConsoleBrowser.startOrSkip();
    try {
      browser.at(stack.stats).open("/dashboard");
      browser.waitFor(ExpectedConditions.urlContains("/login"));
      browser.signIn("manager", "manager", "数据看板");
      assertThat(browser.text(By.className("brand"))).isEqualTo("12345 热线与人民调解数据看板");
      Map<String, JsonNode> api =
          Map.of(
              "hotline", http.getJson(stack.stats, "/api/stats/hotline?period=" + year, "manager"),
              "mediation",
                  http.getJson(stack.stats, "/api/stats/mediation?period=" + year, "manager"));
      List<WebElement> tiles = browser.driver().findElements(By.cssSelector("output[data-family]"));
      assertThat(tiles).hasSizeGreaterThanOrEqualTo(11);
      for (WebElement tile : tiles) {
        String[] path = tile.getAttribute("data-value").split("\\.");
        JsonNode value = api.get(tile.getAttribute("data-family")).path(path[0]).path(path[1]);
        String shown = shown(path[0], value);
        browser.waitFor(driver -> shown.equals(tile.getText().replace(",", "").strip()));
      }
      System.out.printf("The dashboard's %d tiles show the API's figures%n", tiles.size());

      long before = api.get("hotline").path("figures").path("received").asLong();
      HttpResponse<String> created =
          http.post(stack.hotline, "/api/tickets", "agent", DeskSteps.TICKET);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      await("the new ticket counted")
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(100))
          .ignoreExceptions()
          .until(() -> received() == before + 1);
      long counted = System.nanoTime();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(2))
          .until(
              driver -> String.valueOf(before + 1).equals(tileText(browser, "hotline-received")));
      System.out.printf(
          "The dashboard showed the new ticket %d ms after the API counted it%n",
          millisSince(counted));
      // The charts are read again from the API after a change (at most every 3 s).
      browser.waitFor(
          driver -> chartTotal(browser, "chart-hotline-district") == before + 1 ? true : null);
      assertThat(browser.find(By.id("problem")).isDisplayed()).isFalse();
      Files.createDirectories(SCREENSHOTS);
      Files.write(
          SCREENSHOTS.resolve("dashboard.png"),
          ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    } finally {
      browser.close();
    }
    assertThat(http.serverErrors()).as("HTTP 5xx answers").isEmpty();
  }

  /** Where the dashboard's picture is kept, a test artifact. */
  static final Path SCREENSHOTS = LaunchedStack.MODULE.resolve("target").resolve("screenshots");

  /** A figure as the dashboard prints it: rates with one decimal and a percent sign. */
  private static String shown(String group, JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return "—";
    }
    return group.equals("rates")
        ? value.decimalValue().setScale(1, RoundingMode.HALF_UP).toPlainString() + " %"
        : value.asString();
  }

  private static String tileText(ConsoleBrowser browser, String id) {
    return browser.text(By.id(id)).replace(",", "").strip();
  }

  /** The sum of the first series of an ECharts chart (received, for the hotline's). */
  private static long chartTotal(ConsoleBrowser browser, String id) {
    Object total =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                    + "return chart ? chart.getOption().series[0].data"
                    // A bar is its number, or {value, link} when it opens the tickets behind it.
                    + ".reduce((a, b) => a + (typeof b === 'object' ? b.value : b), 0) : -1;",
                id);
    return ((Number) total).longValue();
  }

  private long received() throws Exception {
    return http.getJson(stack.stats, "/api/stats/hotline?period=" + year, "manager")
        .path("figures")
        .path("received")
        .asLong();
  }

  private void runCourses(int tickets) throws Exception {
    ExecutorService agents = Executors.newFixedThreadPool(AGENTS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < tickets; i++) {
        Plan plan = Plan.of(nextTicket++);
        running.add(agents.submit(() -> run(plan)));
      }
      for (Future<?> each : running) {
        each.get(120, TimeUnit.SECONDS);
      }
    } finally {
      agents.shutdownNow();
    }
  }

  private Void run(Plan plan) throws Exception {
    courses.run(plan);
    return null;
  }

  private Map<String, Figures> expected() {
    return courses.expected();
  }

  /** Waits until every stats-service instance shows exactly the expected figures. */
  private void awaitExactFigures(String after) {
    Map<String, Figures> expected = expected();
    for (int port : statsPorts()) {
      await(after + ": the exact figures on port " + port)
          .atMost(CONVERGED)
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .untilAsserted(() -> assertThat(figuresOn(port)).isEqualTo(expected));
    }
  }

  private List<Integer> statsPorts() {
    return List.of(stack.stats, second.port());
  }

  /**
   * The year's hotline figures on one instance: the city ({@code ""}), each district (its code) and
   * each department ({@code department=CODE}).
   */
  private Map<String, Figures> figuresOn(int port) throws Exception {
    String query = "/api/stats/hotline?period=" + year;
    Map<String, Figures> figures = new TreeMap<>();
    figures.put("", figuresOf(http.getJson(port, query, "manager")));
    for (JsonNode row : http.getJson(port, query + "&by=district", "manager").path("rows")) {
      figures.put(row.path("code").asString(), figuresOf(row));
    }
    for (JsonNode row : http.getJson(port, query + "&by=department", "manager").path("rows")) {
      figures.put(CourseFigures.department(row.path("code").asString()), figuresOf(row));
    }
    return figures;
  }

  private static Figures figuresOf(JsonNode view) {
    Map<String, Long> counts = new LinkedHashMap<>();
    view.path("figures")
        .properties()
        .forEach(
            figure ->
                counts.put(
                    figure.getKey(),
                    figure.getValue().isNull() ? null : figure.getValue().asLong()));
    Map<String, String> rates = new LinkedHashMap<>();
    view.path("rates")
        .properties()
        .forEach(
            rate ->
                rates.put(
                    rate.getKey(),
                    rate.getValue().isNull()
                        ? null
                        : rate.getValue()
                            .decimalValue()
                            .setScale(1, RoundingMode.UNNECESSARY)
                            .toPlainString()));
    return new Figures(counts, rates);
  }

  private static void awaitReady(StatsInstance instance) {
    await(instance.name() + " ready")
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(500))
        .until(instance::isReady);
  }

  private List<String> services() {
    List<String> services = new ArrayList<>(LaunchedStack.SERVICES);
    services.add("stats-service-2");
    return services;
  }

  private List<String> errorLines() throws Exception {
    List<String> errors = stack.logLines(services(), "ERROR");
    System.out.printf("ERROR lines in the services' logs so far: %d%n", errors.size());
    return errors;
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
