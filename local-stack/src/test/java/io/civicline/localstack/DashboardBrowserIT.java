package io.civicline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.kit.testing.ConsoleBrowser;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The manager dashboard in headless Chromium over the whole stack ({@link StackUnderTest}): a
 * manager signs in and watches this year's figures; an agent receives a ticket through the hotline
 * API and the dashboard counts it without a reload, pushed by the figure stream. Leaves a picture
 * of the dashboard in {@code target/screenshots/dashboard.png}. Needs the three service jars
 * ({@code ./mvnw -DskipTests install}) and Debian's {@code chromium} and {@code chromium-driver};
 * skipped without the browser.
 */
class DashboardBrowserIT {

  static final Path SCREENSHOTS = StackUnderTest.MODULE.resolve("target").resolve("screenshots");

  private final StackUnderTest stack = new StackUnderTest();
  private final StackHttp http = new StackHttp();

  private ConsoleBrowser browser;

  @TempDir Path data;

  @BeforeEach
  void startTheBrowser() {
    // First, so that a machine without a browser skips the test before the stack starts.
    browser = ConsoleBrowser.startOrSkip();
  }

  @AfterEach
  void stopEverything() throws Exception {
    if (browser != null) {
      screenshot(); // also after a failure: the page as it was
      browser.close();
    }
    stack.close();
  }

  @Test
  void aManagerSeesATicketReceivedByAnAgentCountedOnTheDashboardWithoutReloading()
      throws Exception {
    stack.start(data);
    String year = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
    await("stats-service answers")
        .atMost(Duration.ofSeconds(60))
        .ignoreExceptions()
        .until(
            () ->
                http.getJson(stack.stats, "/api/stats/hotline?period=" + year, "manager") != null);

    browser.at(stack.stats).open("/dashboard");
    browser.waitFor(ExpectedConditions.urlContains("/login"));
    browser.signIn("manager", "manager", "数据看板");
    assertThat(browser.text(By.className("brand"))).isEqualTo("12345 热线与人民调解数据看板");
    long before = browser.waitFor(driver -> count("hotline-received"));
    browser.waitFor(driver -> count("mediation-registered"));
    assertThat(browser.text(By.id("live"))).startsWith("实时");

    HttpResponse<String> created =
        http.post(stack.hotline, "/api/tickets", "agent", DeskSteps.TICKET);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    // The first ticket of a fresh stack also pays for the producer's start: wait for the figures,
    // then the page must follow them at once, pushed, without a reload.
    await("figures.received = " + (before + 1))
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions()
        .until(() -> received(year) == before + 1);
    long counted = System.nanoTime();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(2))
        .until(driver -> Long.valueOf(before + 1).equals(count("hotline-received")));
    System.out.printf(
        "The dashboard showed the new ticket %d ms after the API counted it%n",
        (System.nanoTime() - counted) / 1_000_000);
    // Open now is another counter, whose change may come a moment later in its own event.
    browser.waitFor(driver -> Long.valueOf(1).equals(count("hotline-open")) ? true : null);
    // The charts are read again from the API after a change (at most every 3 s): the district
    // chart then counts the ticket too, and the picture is complete.
    browser.waitFor(driver -> chartTotal("chart-hotline-district") == before + 1 ? true : null);
    screenshot();

    assertThat(browser.find(By.id("problem")).isDisplayed()).isFalse();
    assertThat(stack.logLines(List.of("stats-service"), "ERROR")).isEmpty();
    assertThat(http.serverErrors()).as("HTTP 5xx answers").isEmpty();
  }

  private long received(String period) throws Exception {
    return http.getJson(stack.stats, "/api/stats/hotline?period=" + period, "manager")
        .path("figures")
        .path("received")
        .asLong();
  }

  private void screenshot() throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Files.write(
        SCREENSHOTS.resolve("dashboard.png"),
        ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
  }

  /** The sum of the first series of an ECharts chart (received, for the hotline's). */
  private long chartTotal(String id) {
    Object total =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                    + "return chart ? chart.getOption().series[0].data.reduce((a, b) => a + b, 0)"
                    + " : -1;",
                id);
    return ((Number) total).longValue();
  }

  /** The number a tile shows, or null while it shows none yet. */
  private Long count(String id) {
    String shown = browser.text(By.id(id)).replace(",", "").strip();
    return shown.matches("\\d+") ? Long.valueOf(shown) : null;
  }
}
