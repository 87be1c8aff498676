package io.civicline.mediation.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.ConsoleBrowser;
import io.civicline.mediation.IntakeDesk;
import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

/**
 * A manager following a figure of the dashboard into the mediator console, in headless Chromium:
 * signed in, they land on exactly the figure's cases, captioned, with no way into a case. Skipped
 * without Debian's {@code chromium} and {@code chromium-driver}.
 */
@CaseServiceTest(database = "mediation", webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class DrillDownBrowserTests {

  @RegisterExtension static final ConsoleBrowser browser = new ConsoleBrowser();
  @Autowired IntakeDesk intake;
  @Autowired MediationDesk desk;

  @Test
  void aManagerFollowsTheSuccessfulFigureOfADistrictToExactlyItsCases() {
    MediatedCases cases = new MediatedCases(intake, desk);
    MediationCase first = cases.closed("YIMEI", Outcome.SUCCESS);
    MediationCase failed = cases.closed("YIMEI", Outcome.FAILED);
    MediationCase elsewhere = cases.closed("TIELI", Outcome.SUCCESS);
    MediationCase second = cases.closed("YIMEI", Outcome.SUCCESS);
    String today = cases.today().toString();

    browser.openSignedOut(
        "/console/cases?fact=successful&from=" + today + "&to=" + today + "&district=YIMEI");
    browser.signIn("manager", "manager", "案件查询");

    assertThat(browser.text(By.id("figure"))).isEqualTo("调解成功 " + today + " – " + today + ", 伊美区");
    List<String> rows = browser.rows("results");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).startsWith(second.number()).contains("已结案", "伊美区", "调解成功");
    assertThat(rows.get(1)).startsWith(first.number());
    assertThat(String.join("\n", rows)).doesNotContain(failed.number(), elsewhere.number());
    assertThat(browser.driver().findElements(By.cssSelector("#results a"))).isEmpty();
    assertThat(browser.driver().findElements(By.linkText("登记案件"))).isEmpty();
    assertThat(browser.driver().findElements(By.linkText("我的案件"))).isEmpty();
    browser.snapshot("mediation-drill-down");

    browser.open("/console/cases/" + first.id());
    browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
    assertThat(browser.text(By.id("problem"))).isEqualTo("您的角色无权使用此页面。");
  }
}
