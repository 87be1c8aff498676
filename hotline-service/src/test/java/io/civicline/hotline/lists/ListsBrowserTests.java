package io.civicline.hotline.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.hotline.domain.SlaPolicy;
import io.civicline.hotline.store.TicketStore;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.ConsoleBrowser;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

/**
 * The at-risk page and a drill-down URL of the manager dashboard in headless Chromium, each with a
 * screenshot in target/console-screenshots. Skipped without Chromium and chromedriver.
 */
@CaseServiceTest(database = "hotline", webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = "civicline.hotline.sla.watch-interval=1h")
class ListsBrowserTests {

  @RegisterExtension static final ConsoleBrowser browser = new ConsoleBrowser();

  @Autowired TicketStore store;
  @Autowired SlaPolicy sla;

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  void theAtRiskPageShowsAtRiskAndOverdueTicketsNearestDeadlineFirstWithDepartmentCounts() {
    Instant now = Instant.now();
    String late =
        store(
            dispatched("HEATING_CO", now.minus(Duration.ofDays(5)), now.minus(Duration.ofHours(1)))
                .then(c -> c.ticket().markOverdue(now)));
    String heatingAtRisk =
        store(
            dispatched("HEATING_CO", now.minus(Duration.ofDays(4)), now.plus(Duration.ofDays(1)))
                .then(c -> c.ticket().markAtRisk(now)));
    String waterAtRisk =
        store(
            dispatched("WATER_CO", now.minus(Duration.ofDays(8)), now.plus(Duration.ofDays(2)))
                .then(c -> c.ticket().markAtRisk(now)));
    store(dispatched("WATER_CO", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(5))));

    browser.open("/console/at-risk");
    browser.signIn("agent", "agent", "预警工单");

    assertThat(browser.rows("counts")).containsExactly("市供热公司 1 1", "市水务公司 1 0");
    assertThat(numbers()).containsExactly(late, heatingAtRisk, waterAtRisk);
    assertThat(browser.rows("tickets").get(0)).contains("超期");
    assertThat(browser.rows("tickets").get(1)).contains("预警");
    browser.snapshot("at-risk");

    browser.find(By.id("lang-en")).click();
    browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("At-risk tickets"));
    assertThat(browser.rows("counts"))
        .containsExactly("City heating company 1 1", "City water company 1 0");
    browser.snapshot("at-risk-en");
    browser.find(By.id("lang-zh")).click();
  }

  @Test
  void aManagersDrillDownUrlListsExactlyTheTicketsBehindTheFigure() {
    String returned =
        store(
            PastTicket.received(sla, "PHONE", "YIMEI", null, "2026-03-10T09:00")
                .dispatch("HEATING_CO", "2026-03-10T10:00")
                .returnToAgents("2026-03-10T11:00")
                .dispatch("WATER_CO", "2026-03-10T12:00"));
    String signed =
        store(
            PastTicket.received(sla, "WEB", "WUCUI", null, "2026-03-31T22:00")
                .dispatch("HEATING_CO", "2026-03-31T23:30")
                .sign("2026-04-01T00:15"));
    store(
        PastTicket.received(sla, "PHONE", "YIMEI", null, "2026-04-01T09:00")
            .dispatch("HEATING_CO", "2026-04-01T10:00"));
    store(
        PastTicket.received(sla, "PHONE", "YIMEI", null, "2026-03-12T09:00")
            .dispatch("WATER_CO", "2026-03-12T10:00"));

    browser.open(
        "/console/search?fact=dispatched&department=HEATING_CO&from=2026-03-01&to=2026-03-31");
    browser.signIn("manager", "manager", "工单查询");

    assertThat(browser.text(By.id("drill"))).isEqualTo("指标明细：交办量");
    assertThat(numbers()).containsExactly(signed, returned);
    assertThat(browser.driver().findElements(By.cssSelector("#tickets a"))).isEmpty();
    assertThat(browser.driver().findElements(By.linkText("我的待办"))).isEmpty();
    browser.snapshot("drill-down");

    browser.open("/console/search?fact=dispatched&from=2026-03-31&to=2026-03-01");
    assertThat(browser.text(By.id("invalid"))).isEqualTo("查询条件有误：from");
    assertThat(browser.driver().findElements(By.id("tickets"))).isEmpty();
  }

  private PastTicket dispatched(String department, Instant at, Instant deadline) {
    return PastTicket.received(sla, "PHONE", "TIELI", null, at.minusSeconds(60))
        .dispatch(department, at, deadline);
  }

  /** Stores the ticket; returns its number, as the rows show it. */
  private String store(PastTicket ticket) {
    store.insert(ticket.change());
    return ticket.number();
  }

  private java.util.List<String> numbers() {
    return browser.driver().findElements(By.cssSelector("#tickets tbody td:first-child")).stream()
        .map(cell -> cell.getText())
        .toList();
  }
}
