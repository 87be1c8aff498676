package io.civicline.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.ConsoleBrowser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

/**
 * The agent console in headless Chromium, as an agent uses it: log in, log a ticket with the
 * keyboard, take it through its life to closing, read its history, switch to English. Needs
 * Debian's {@code chromium} and {@code chromium-driver} (CI installs them); skipped without them.
 */
@CaseServiceTest(database = "hotline", partitions = 3, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class ConsoleBrowserTests {

  @RegisterExtension static final ConsoleBrowser browser = new ConsoleBrowser();

  @Test
  void anAgentTakesATicketFromIntakeToClosingAndReadsItsHistoryInBothLanguages() {
    browser.openSignedOut("/console");
    assertThat(browser.text(By.tagName("button"))).contains("登录", "Sign in");
    // Its look comes from /css/login.css: the policy allows no inline style.
    assertThat(browser.find(By.tagName("button")).getCssValue("background-color"))
        .isEqualTo("rgba(11, 92, 173, 1)");
    browser.signIn("agent", "agent", "我的待办");
    assertThat(browser.text(By.className("brand"))).isEqualTo("12345 热线工单台");

    browser.find(By.linkText("新建工单")).click();
    browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("intake")));
    assertThat(browser.focused()).isEqualTo("channel");
    browser.choose("category", "COMPLAINT");
    browser.choose("topic", "HEATING");
    browser.choose("district", "YIMEI");
    browser.find(By.id("caller.name")).sendKeys("张三");
    browser.find(By.id("caller.phone")).sendKeys("13800000000");
    WebElement description = browser.find(By.id("description"));
    description.sendKeys("家里暖气不热，室温只有十二度");
    browser.snapshot("intake");
    description.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

    browser.waitFor(ExpectedConditions.urlMatches("/console/tickets/[0-9a-f]{24}$"));
    assertThat(browser.text(By.className("notice"))).startsWith("已登记工单 12345-");
    assertThat(browser.text(By.id("status"))).isEqualTo("待派单");
    assertThat(browser.text(By.id("caller"))).contains("张三", "13800000000");
    WebElement department = browser.find(By.cssSelector("#act-dispatch select"));
    assertThat(new Select(department).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("HEATING_CO");

    browser.snapshot("received");
    browser.submit("act-dispatch");
    waitForStatus("已交办");

    new Select(browser.find(By.cssSelector("#act-reply select"))).selectByValue("RESOLVED");
    browser.find(By.cssSelector("#act-reply textarea[name=note]")).sendKeys("供热公司已上门调试，室温恢复");
    browser.find(By.cssSelector("#act-reply textarea[name=publicReply]")).sendKeys("已上门调试，室温恢复正常");
    browser.submit("act-reply");
    waitForStatus("已办结");
    assertThat(browser.text(By.id("public-reply"))).isEqualTo("已上门调试，室温恢复正常");

    new Select(browser.find(By.cssSelector("#act-callback select[name=rating]")))
        .selectByValue("SATISFIED");
    new Select(browser.find(By.cssSelector("#act-callback select[name=solved]")))
        .selectByValue("true");
    browser.submit("act-callback");
    waitForStatus("已回访");

    browser.submit("act-close");
    waitForStatus("已归档");
    assertThat(browser.driver().findElements(By.cssSelector("#actions form"))).isEmpty();
    List<String> history = browser.rows("history");
    assertThat(history).hasSize(5);
    assertThat(history.get(0)).contains("agent", "受理", "待派单");
    assertThat(history.get(1)).contains("派单", "待派单 → 已交办");
    assertThat(history.get(2)).contains("办结答复", "供热公司已上门调试");
    assertThat(history.get(3)).contains("回访", "已办结 → 已回访");
    assertThat(history.get(4)).contains("归档", "已回访 → 已归档");
    assertThat(browser.text(By.cssSelector("#history tbody td.time")))
        .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

    browser.snapshot("closed");
    browser.find(By.id("lang-en")).click();
    waitForStatus("Closed");
    browser.snapshot("closed-en");
    assertThat(browser.text(By.className("brand"))).isEqualTo("12345 Hotline console");
    assertThat(browser.rows("history").get(1))
        .contains("Dispatch", "Waiting for dispatch → Dispatched");

    browser.find(By.id("lang-zh")).click();
    waitForStatus("已归档");
    browser.open("/console/search");
    browser.snapshot("search");
  }

  private void waitForStatus(String label) {
    browser.waitFor(ExpectedConditions.textToBe(By.id("status"), label));
  }
}
