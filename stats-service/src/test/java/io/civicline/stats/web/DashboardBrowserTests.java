package io.civicline.stats.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import io.civicline.kit.testing.ConsoleBrowser;
import io.civicline.stats.StatsServiceTest;
import io.civicline.stats.figures.FigureKey;
import io.civicline.stats.league.LeagueCounters;
import io.civicline.stats.streams.FigureCounts;
import io.civicline.stats.streams.StatsTopology;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The dashboard in headless Chromium on hand-made counters: each count opens its search in the
 * hotline console (figure, dates, code) and the hot spots of the week show; keeps pictures in
 * target/console-screenshots. Skipped without Debian's chromium.
 */
@StatsServiceTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    partitions = 1,
    properties = "civicline.stats.links.hotline=http://hotline.example:8081")
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class DashboardBrowserTests {

  private static final String SEARCH = "http://hotline.example:8081/console/search?fact=";

  @RegisterExtension static final ConsoleBrowser browser = new ConsoleBrowser();

  @LocalServerPort int port;

  @MockitoBean FigureCounts counts;

  @Test
  void everyCountOpensItsTicketsAndTheWeeksHotSpotsShowHottestFirst() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    new LeagueCounters()
        .set("CITY", "2026-11", "received", 12, "completed", 5)
        .set("CITY", "now", "open", 9, "overdue", 3, "atRisk", 2)
        .set("TOPIC:HEATING", "2026-11", "received", 7)
        // 7 this week against a weekly mean of 4 / 4 = 1.0
        .set("TOPIC_DISTRICT:HEATING.YIMEI", today.toString(), "received", 7)
        .set("TOPIC_DISTRICT:HEATING.YIMEI", today.minusDays(10).toString(), "received", 4)
        .feed(counts);
    given(counts.of(eq(StatsTopology.MEDIATION_FIGURES), anyList()))
        .willAnswer(call -> zeros(call.getArgument(1)));

    browser.at(port).open("/dashboard?period=2026-11");
    browser.waitFor(ExpectedConditions.urlContains("/login"));
    browser.signIn("manager", "manager", "数据看板");
    browser.waitFor(
        ExpectedConditions.textToBePresentInElementLocated(By.id("hotline-at-risk"), "2"));

    assertThat(linkOf(By.id("hotline-received")))
        .isEqualTo(SEARCH + "received&from=2026-11-01&to=2026-11-30");
    assertThat(linkOf(By.id("hotline-overdue"))).isEqualTo(SEARCH + "overdue");
    assertThat(linkOf(By.id("hotline-at-risk"))).isEqualTo(SEARCH + "atRisk");
    assertThat(browser.find(By.id("hotline-response-rate")).findElements(By.xpath("ancestor::a")))
        .isEmpty();

    browser.choose("breakdown-by", "topic");
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#breakdown tr[data-code=HEATING]")));
    WebElement heating = browser.find(By.cssSelector("#breakdown tr[data-code=HEATING]"));
    assertThat(heating.getText()).startsWith("供热采暖 7");
    assertThat(heating.findElement(By.cssSelector("a.count")).getAttribute("href"))
        .isEqualTo(SEARCH + "received&from=2026-11-01&to=2026-11-30&topic=HEATING");
    ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
    browser.snapshot("dashboard");
    // A chart's tooltip shows under the Content-Security-Policy too (checked after each test).
    new Actions(browser.driver()).moveToElement(browser.find(By.id("chart-trend"))).perform();

    WebElement spot =
        browser.waitFor(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#hotspots-table tr[data-code='HEATING.YIMEI']")));
    assertThat(browser.rows("hotspots-table")).containsExactly("供热采暖 伊美区 7 4 1.0 7.0 ×");
    assertThat(spot.findElement(By.cssSelector("a.count")).getAttribute("href"))
        .isEqualTo(
            SEARCH
                + "received&from="
                + today.minusDays(6)
                + "&to="
                + today
                + "&topic=HEATING&district=YIMEI");
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('hotspots').scrollIntoView()");
    browser.snapshot("hotspots");

    // The annual report's print style comes from /css/report.css, not an inline <style>.
    browser.open("/dashboard/reports/annual/2026");
    assertThat(browser.find(By.tagName("h1")).getCssValue("text-align")).isEqualTo("center");
  }

  private static String linkOf(By output) {
    return browser.find(output).findElement(By.xpath("ancestor::a")).getAttribute("href");
  }

  private static Map<FigureKey, Long> zeros(List<FigureKey> keys) {
    Map<FigureKey, Long> answer = new LinkedHashMap<>();
    keys.forEach(key -> answer.put(key, 0L));
    return answer;
  }
}
