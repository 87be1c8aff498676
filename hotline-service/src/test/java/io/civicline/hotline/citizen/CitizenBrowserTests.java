package io.civicline.hotline.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.files.SamplePhotos;
import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.ConsoleBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The citizen page in headless Chromium at a phone's size, as a citizen uses it: submit a request
 * with a photo and its place, note the number and code, follow the progress while an agent
 * dispatches it and the department replies (through the API), and rate the answer; a picture at
 * each step in target/console-screenshots/citizen-*.png. Skipped without Debian's chromium and
 * chromium-driver.
 */
@CaseServiceTest(database = "hotline-citizen-browser", webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CitizenBrowserTests {

  @RegisterExtension static final ConsoleBrowser browser = new ConsoleBrowser();

  private static final Pattern SUM = Pattern.compile("(\\d+) 加 (\\d+)");

  @Autowired MockMvc mvc;

  @Test
  void aCitizenSubmitsWithAPlaceFollowsTheProgressAndRatesTheAnswer() throws Exception {
    browser.driver().manage().window().setSize(new Dimension(412, 1100));
    browser.open("/citizen?lang=zh_CN");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("我要反映");
    browser.choose("topic", "HEATING");
    browser.choose("district", "YIMEI");
    // The script shows the chosen district's streets only.
    assertThat(
            browser
                .find(By.cssSelector("optgroup[data-district=TIELI]"))
                .getDomProperty("disabled"))
        .isEqualTo("true");
    assertThat(
            browser
                .find(By.cssSelector("optgroup[data-district=YIMEI]"))
                .getDomProperty("disabled"))
        .isEqualTo("false");
    browser.choose("street", "YIMEI_XURI");
    browser.find(By.id("address")).sendKeys("旭日小区3号楼");
    browser.find(By.id("description")).sendKeys("楼道暖气漏水，地面结冰");
    browser.find(By.id("phone")).sendKeys("13912345678");
    Path photo = Files.createTempFile("citizen-photo", ".jpg");
    Files.write(photo, SamplePhotos.jpeg());
    browser.find(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
    assertThat(browser.find(By.id("locate")).isDisplayed()).isTrue();
    browser.find(By.id("answer")).sendKeys(answerTo(browser.text(By.cssSelector(".challenge"))));
    browser.snapshot("citizen-1-request");
    browser.submit("request");

    browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("code")));
    String number = browser.text(By.id("number"));
    String code = browser.text(By.id("code"));
    assertThat(number).startsWith("12345-");
    assertThat(code).matches("[2-9A-Z]{5}-[2-9A-Z]{5}");
    browser.snapshot("citizen-2-number");

    browser.find(By.id("to-progress")).click();
    lookUp(code);
    assertThat(browser.text(By.id("status"))).isEqualTo("待派单");
    assertThat(browser.text(By.id("photos"))).isEqualTo("已附 1 张 查看第 1 张");
    assertThat(browser.text(By.id("steps"))).contains("已受理");
    browser.snapshot("citizen-3-received");

    ApiCalls api = ApiCalls.withTokens(mvc, "/api/tickets");
    String id = api.get("/api/tickets?q=" + number, "agent").at("/items/0/id").asString();
    assertThat(api.get("/api/tickets/" + id, "agent").at("/place/street").asString())
        .isEqualTo("YIMEI_XURI");
    assertThat(api.get("/api/tickets/" + id + "/files", "agent").at("/0/type").asString())
        .isEqualTo("image/jpeg");
    api.acted(id, "dispatch", "agent", "{\"department\":\"HEATING_CO\"}");
    browser.open("/citizen/progress?number=" + number);
    lookUp(code);
    assertThat(browser.text(By.id("steps"))).contains("已转交市供热公司办理");
    assertThat(browser.text(By.id("department"))).isEqualTo("市供热公司");
    browser.snapshot("citizen-4-dispatched");

    api.acted(id, "sign", "heating", "{}");
    api.acted(
        id,
        "reply",
        "heating",
        "{\"result\":\"RESOLVED\",\"note\":\"已维修管道\",\"publicReply\":\"漏水管道已更换\"}");
    browser.open("/citizen/progress?number=" + number);
    lookUp(code);
    assertThat(browser.text(By.id("steps"))).contains("承办单位已答复", "漏水管道已更换");
    assertThat(browser.text(By.id("steps"))).doesNotContain("已维修管道");
    browser.snapshot("citizen-5-replied");

    browser.choose("rating", "SATISFIED");
    browser.find(By.id("solved-yes")).click();
    browser.submit("rate");
    browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("rated")));
    assertThat(browser.text(By.id("your-rating"))).contains("满意", "问题已解决");
    assertThat(browser.driver().findElements(By.id("rate"))).isEmpty();
    browser.snapshot("citizen-6-rated");
    assertThat(api.get("/api/tickets/" + id, "agent").at("/callbacks/0/by").asString())
        .isEqualTo("citizen-web");

    browser.find(By.id("lang-en")).click();
    browser.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Report a matter"));
    browser.open("/citizen?lang=zh_CN");
  }

  private static void lookUp(String code) {
    browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("lookup-code")));
    WebElement field = browser.find(By.id("lookup-code"));
    field.sendKeys(code);
    browser.submit("lookup");
    browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("steps")));
  }

  private static String answerTo(String question) {
    Matcher sum = SUM.matcher(question);
    assertThat(sum.find()).as(question).isTrue();
    return String.valueOf(Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2)));
  }
}
