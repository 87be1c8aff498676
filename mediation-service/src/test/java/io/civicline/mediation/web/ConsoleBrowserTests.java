package io.civicline.mediation.web;

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
 * The mediator console in headless Chromium, as a mediator uses it: log in, register a case with
 * the keyboard and take it on, record a session, close it as successful with a written agreement,
 * read the outcome and the history, switch to English. Needs Debian's {@code chromium} and {@code
 * chromium-driver} (CI installs them); skipped without them.
 */
@CaseServiceTest(
    database = "mediation",
    partitions = 3,
    webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class ConsoleBrowserTests {

  @RegisterExtension static final ConsoleBrowser browser = new ConsoleBrowser();

  @Test
  void aMediatorRegistersACaseHoldsASessionAndClosesItAsSuccessfulInBothLanguages() {
    browser.openSignedOut("/console");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("人民调解工作台 · Mediation console");
    browser.signIn("mediator", "mediator", "我的案件");
    assertThat(browser.text(By.className("brand"))).isEqualTo("人民调解工作台");

    browser.find(By.linkText("登记案件")).click();
    browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("intake")));
    assertThat(browser.focused()).isEqualTo("disputeType");
    WebElement type = browser.find(By.id("disputeType"));
    type.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertThat(new Select(type).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("NEIGHBOURHOOD");
    type.sendKeys(Keys.TAB);
    assertThat(browser.focused()).isEqualTo("district");
    browser.choose("district", "YIMEI");
    browser.find(By.id("township")).sendKeys("旭日街道");
    browser.find(By.id("parties0.name")).sendKeys("张三");
    browser.find(By.id("parties0.phone")).sendKeys("13800000000");
    browser.find(By.id("parties0.idNumber")).sendKeys("230702198503121235");
    browser.find(By.id("parties1.name")).sendKeys("李四");
    WebElement summary = browser.find(By.id("summary"));
    summary.sendKeys("楼上卫生间漏水，天花板发霉，协商未果");
    assertThat(browser.find(By.id("assignToMe")).isSelected()).isTrue();
    browser.snapshot("mediation-intake");
    summary.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

    browser.waitFor(ExpectedConditions.urlMatches("/console/cases/[0-9a-f]{24}$"));
    assertThat(browser.text(By.className("notice"))).startsWith("已受理案件 MED-").endsWith("由您调解");
    assertThat(browser.text(By.id("status"))).isEqualTo("调解中");
    assertThat(browser.text(By.id("mediator"))).isEqualTo("王芳");
    assertThat(browser.text(By.id("parties"))).contains("张三", "13800000000", "李四");
    assertThat(browser.find(By.cssSelector("#act-session input[name=date]")).getAttribute("value"))
        .matches("\\d{4}-\\d{2}-\\d{2}");

    browser.find(By.cssSelector("#act-session textarea[name=participants]")).sendKeys("张三\n李四");
    browser.find(By.cssSelector("#act-session textarea[name=notes]")).sendKeys("双方同意由楼上修缮并赔偿");
    browser.submit("act-session");
    browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("sessions")));
    assertThat(browser.rows("sessions").get(0)).contains("张三、李四", "双方同意由楼上修缮并赔偿");

    // A part filled in for another outcome first is switched off, not sent and refused.
    Select outcome = new Select(browser.find(By.cssSelector("#act-close select[name=outcome]")));
    outcome.selectByValue("FAILED");
    new Select(browser.find(By.cssSelector("#act-close select[name=advice]")))
        .selectByValue("LITIGATION");
    outcome.selectByValue("SUCCESS");
    assertThat(browser.find(By.cssSelector("#act-close select[name=advice]")).isEnabled())
        .isFalse();
    new Select(browser.find(By.cssSelector("#act-close select[name=agreementType]")))
        .selectByValue("WRITTEN");
    browser.find(By.cssSelector("#act-close input[name=amount]")).sendKeys("5000");
    browser.find(By.cssSelector("#act-close textarea[name=note]")).sendKeys("签订书面调解协议");
    browser.submit("act-close");
    waitForStatus("已结案");

    assertThat(browser.text(By.id("outcome"))).isEqualTo("调解成功");
    assertThat(browser.text(By.id("amount"))).isEqualTo("5,000.00 元");
    assertThat(browser.driver().findElements(By.cssSelector("#actions form")))
        .extracting(form -> form.getAttribute("id"))
        .containsExactly("act-follow-up", "act-judicial-confirmation");
    List<String> history = browser.rows("history");
    assertThat(history).hasSize(4);
    assertThat(history.get(0)).contains("mediator", "受理", "待分派");
    assertThat(history.get(1)).contains("分派", "待分派 → 调解中");
    assertThat(history.get(2)).contains("记录调解", "调解中");
    assertThat(history.get(3)).contains("结案", "调解中 → 已结案", "签订书面调解协议");
    browser.snapshot("mediation-closed");

    browser.find(By.id("lang-en")).click();
    waitForStatus("Closed");
    browser.snapshot("mediation-closed-en");
    assertThat(browser.text(By.className("brand"))).isEqualTo("People's mediation console");
    assertThat(browser.text(By.id("outcome"))).isEqualTo("Successful");
    assertThat(browser.rows("history").get(3)).contains("Close", "Under mediation → Closed");

    browser.find(By.id("lang-zh")).click();
    waitForStatus("已结案");
    browser.open("/console");
    browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "我的案件"));
    assertThat(browser.driver().findElements(By.id("mine"))).isEmpty();
    browser.open("/console/cases?status=CLOSED");
    assertThat(browser.rows("results").get(0)).contains("MED-", "已结案", "调解成功");
    browser.snapshot("mediation-search");
  }

  private void waitForStatus(String label) {
    browser.waitFor(ExpectedConditions.textToBe(By.id("status"), label));
  }
}
