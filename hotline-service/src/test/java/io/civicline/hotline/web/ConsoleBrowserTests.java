package io.civicline.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.testing.InProcessMongo;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The agent console in headless Chromium, as an agent uses it: log in, log a ticket with the
 * keyboard, take it through its life to closing, read its history, switch to English. Needs
 * Debian's {@code chromium} and {@code chromium-driver} (CI installs them); skipped without them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
@DirtiesContext
class ConsoleBrowserTests {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final InProcessMongo MONGO = new InProcessMongo();
  static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

  /**
   * Selenium looks for a DevTools binding of this browser's version; plain WebDriver needs none.
   */
  static final List<Logger> DEVTOOLS =
      List.of(
          Logger.getLogger("org.openqa.selenium.devtools"),
          Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

  static WebDriver browser;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void mongo(DynamicPropertyRegistry registry) {
    registry.add("spring.mongodb.uri", () -> MONGO.uri("hotline"));
  }

  @BeforeAll
  static void startBrowser() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "No headless browser: install Debian's chromium and chromium-driver (.ci/run does)");
    DEVTOOLS.forEach(logger -> logger.setLevel(Level.SEVERE));
    // The driver and the browser are given; Selenium Manager must not look for them online.
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    MONGO.stop();
  }

  @Test
  void anAgentTakesATicketFromIntakeToClosingAndReadsItsHistoryInBothLanguages() {
    open("/console");
    waitFor(ExpectedConditions.urlContains("/login"));
    assertThat(browser.findElement(By.tagName("button")).getText()).contains("登录", "Sign in");
    browser.findElement(By.name("username")).sendKeys("agent");
    browser.findElement(By.name("password")).sendKeys("agent", Keys.ENTER);
    waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "我的待办"));
    assertThat(browser.findElement(By.className("brand")).getText()).isEqualTo("12345 热线工单台");

    browser.findElement(By.linkText("新建工单")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("intake")));
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("channel");
    choose("category", "COMPLAINT");
    choose("topic", "HEATING");
    choose("district", "YIMEI");
    browser.findElement(By.id("callerName")).sendKeys("张三");
    browser.findElement(By.id("phone")).sendKeys("13800000000");
    WebElement description = browser.findElement(By.id("description"));
    description.sendKeys("家里暖气不热，室温只有十二度");
    snapshot("intake");
    description.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

    waitFor(ExpectedConditions.urlMatches("/console/tickets/[0-9a-f]{24}$"));
    assertThat(text(By.className("notice"))).startsWith("已登记工单 12345-");
    assertThat(text(By.id("status"))).isEqualTo("待派单");
    assertThat(text(By.id("caller"))).contains("张三", "13800000000");
    WebElement department = browser.findElement(By.cssSelector("#act-dispatch select"));
    assertThat(new Select(department).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("HEATING_CO");

    snapshot("received");
    submit("act-dispatch");
    waitForStatus("已交办");

    new Select(browser.findElement(By.cssSelector("#act-reply select"))).selectByValue("RESOLVED");
    browser.findElement(By.cssSelector("#act-reply textarea")).sendKeys("供热公司已上门调试，室温恢复");
    submit("act-reply");
    waitForStatus("已办结");

    new Select(browser.findElement(By.cssSelector("#act-callback select")))
        .selectByValue("SATISFIED");
    submit("act-callback");
    waitForStatus("已回访");

    submit("act-close");
    waitForStatus("已归档");
    assertThat(browser.findElements(By.cssSelector("#actions form"))).isEmpty();
    List<String> history = historyLines();
    assertThat(history).hasSize(5);
    assertThat(history.get(0)).contains("agent", "受理", "待派单");
    assertThat(history.get(1)).contains("派单", "待派单 → 已交办");
    assertThat(history.get(2)).contains("办结答复", "供热公司已上门调试");
    assertThat(history.get(3)).contains("回访", "已办结 → 已回访");
    assertThat(history.get(4)).contains("归档", "已回访 → 已归档");
    assertThat(text(By.cssSelector("#history tbody td.time")))
        .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

    snapshot("closed");
    browser.findElement(By.id("lang-en")).click();
    waitForStatus("Closed");
    snapshot("closed-en");
    assertThat(browser.findElement(By.className("brand")).getText())
        .isEqualTo("12345 Hotline console");
    assertThat(historyLines().get(1)).contains("Dispatch", "Waiting for dispatch → Dispatched");

    browser.findElement(By.id("lang-zh")).click();
    waitForStatus("已归档");
    open("/console/search");
    snapshot("search");
  }

  /** Keeps a picture of the page in target/console-screenshots, for a person to look at. */
  private void snapshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(
          SCREENSHOTS.resolve(name + ".png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void open(String path) {
    browser.get("http://127.0.0.1:" + port + path);
  }

  private void choose(String id, String value) {
    new Select(browser.findElement(By.id(id))).selectByValue(value);
  }

  private void submit(String form) {
    browser.findElement(By.cssSelector("#" + form + " button[type=submit]")).click();
  }

  private void waitForStatus(String label) {
    waitFor(ExpectedConditions.textToBe(By.id("status"), label));
  }

  private List<String> historyLines() {
    return browser.findElements(By.cssSelector("#history tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private String text(By locator) {
    return browser.findElement(locator).getText();
  }

  private static <T> void waitFor(java.util.function.Function<WebDriver, T> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
  }
}
