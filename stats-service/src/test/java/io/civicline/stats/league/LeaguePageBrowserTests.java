package io.civicline.stats.league;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.testing.ConsoleBrowser;
import io.civicline.stats.StatsServiceTest;
import io.civicline.stats.streams.FigureCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The league page in headless Chromium, as a manager reads it, on hand-made counters; keeps a
 * picture in target/console-screenshots/league.png. Skipped without Debian's chromium.
 */
@StatsServiceTest(webEnvironment = WebEnvironment.RANDOM_PORT, partitions = 1)
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class LeaguePageBrowserTests {

  @RegisterExtension static final ConsoleBrowser browser = new ConsoleBrowser();

  @LocalServerPort int port;

  @MockitoBean FigureCounts counts;

  @Test
  void aManagerReadsTheRanksScoresAndMovementsOfAQuarterInChineseAndEnglish() {
    new LeagueCounters()
        // 9/10 = 90.0, 3/4 = 75.0, 4/4 = 100.0 → 88.3; the quarter before 100.0, 1st
        .set(
            "DEPARTMENT:HEATING_CO",
            "2026-11",
            "dispatches",
            10,
            "signedOnTime",
            9,
            "rated",
            4,
            "resolved",
            3,
            "satisfied",
            4,
            "returned",
            1,
            "urged",
            2,
            "completed",
            4,
            "completedOnTime",
            3)
        .set("DEPARTMENT:HEATING_CO", "2026-08", "dispatches", 2, "signedOnTime", 2)
        .set("DEPARTMENT:HEATING_CO", "now", "overdue", 3)
        // 8/8 = 100.0; the quarter before 50.0, 2nd
        .set("DEPARTMENT:WATER_CO", "2026-12", "dispatches", 8, "signedOnTime", 8)
        .set("DEPARTMENT:WATER_CO", "2026-07", "dispatches", 2, "signedOnTime", 1)
        // 4/5 = 80.0, 3/3 = 100.0, 2/3 = 66.7 → 82.2
        .set(
            "DEPARTMENT:URBAN_MGMT",
            "2026-10",
            "dispatches",
            5,
            "signedOnTime",
            4,
            "rated",
            3,
            "resolved",
            3,
            "satisfied",
            2)
        .feed(counts);

    browser.at(port).open("/dashboard");
    browser.waitFor(ExpectedConditions.urlContains("/login"));
    browser.signIn("manager", "manager", "数据看板");
    browser.find(By.id("nav-league")).click();
    browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "部门考核排名"));
    browser.find(By.id("period")).clear();
    browser.find(By.id("period")).sendKeys("2026-Q4");
    browser.submit("league-picker");
    browser.waitFor(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("caption"), "2026-Q4"));

    assertThat(browser.rows("league"))
        .first()
        .asString()
        .startsWith("1 市水务公司 100.0 ↑1 8 100.0 0.0 0");
    assertThat(browser.rows("league").get(1))
        .startsWith("2 市供热公司 88.3 ↓1 10 90.0 10.0 0 75.0 75.0 100.0 0.0 2 3");
    assertThat(browser.rows("league").get(2)).startsWith("3 市城市管理综合执法局 82.2 — 5 80.0");
    assertThat(browser.rows("league").get(3)).contains("不参与排名");
    assertThat(browser.text(By.id("league-rule"))).contains("响应率 × 1", "解决率 × 1", "满意率 × 1");
    assertThat(
            browser
                .find(By.cssSelector("#league tr[data-code=HEATING_CO] a.count"))
                .getAttribute("href"))
        .isEqualTo(
            "http://127.0.0.1:8081/console/search?fact=dispatches"
                + "&from=2026-10-01&to=2026-12-31&department=HEATING_CO");
    assertThat(
            browser
                .find(By.cssSelector("#league tr[data-code=HEATING_CO] td.bad a"))
                .getAttribute("href"))
        .isEqualTo("http://127.0.0.1:8081/console/search?fact=overdue&department=HEATING_CO");
    browser.snapshot("league");

    browser.find(By.id("lang-en")).click();
    browser.waitFor(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Department league table"));
    assertThat(browser.rows("league").get(0)).startsWith("1 City water company 100.0 ↑1");
    browser.snapshot("league-en");
  }
}
