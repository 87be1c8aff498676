package io.civicline.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Headless Chromium for the consoles' browser tests, through Debian's {@code chromium} and {@code
 * chromium-driver} (CI installs them). As a test class's {@code @RegisterExtension static} field it
 * starts before the class's tests, or skips them with one clear line where the browser is missing;
 * before each test points at the class's service where it runs on a port; checks after each test
 * that no page needed what the Content-Security-Policy refuses; and quits after them all. {@link
 * #startOrSkip()} starts one outside JUnit's lifecycle. The rest are the few moves every console
 * test makes, each waiting for a condition with a bound instead of sleeping.
 */
public final class ConsoleBrowser
    implements AutoCloseable,
        BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        AfterAllCallback {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Duration PATIENCE = Duration.ofSeconds(15);

  /** Where {@link #snapshot(String)} keeps its pictures, for a person to look at. */
  static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

  /**
   * Selenium looks for a DevTools binding of this browser's version; plain WebDriver needs none.
   */
  static final List<Logger> DEVTOOLS =
      List.of(
          Logger.getLogger("org.openqa.selenium.devtools"),
          Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

  private WebDriver driver;
  private int port;

  /** One for a test class to register: its browser starts before the class's tests. */
  public ConsoleBrowser() {}

  private ConsoleBrowser(WebDriver driver) {
    this.driver = driver;
  }

  /** A headless Chromium, or the calling test class skipped when none is installed. */
  public static ConsoleBrowser startOrSkip() {
    return new ConsoleBrowser(chromiumOrSkip());
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    driver = chromiumOrSkip();
  }

  /** Points at the test class's own service where it runs on a port ({@code RANDOM_PORT}). */
  @Override
  public void beforeEach(ExtensionContext context) {
    if (AnnotatedElementUtils.hasAnnotation(context.getRequiredTestClass(), SpringBootTest.class)) {
      String port =
          SpringExtension.getApplicationContext(context)
              .getEnvironment()
              .getProperty("local.server.port");
      if (port != null) {
        at(Integer.parseInt(port));
      }
    }
  }

  /** Every page the test went through worked under the Content-Security-Policy. */
  @Override
  public void afterEach(ExtensionContext context) {
    if (driver != null) {
      assertThat(contentSecurityViolations()).as("refused under the page policy").isEmpty();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (driver != null) {
      close();
    }
  }

  private static WebDriver chromiumOrSkip() {
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
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return new ChromeDriver(service, options);
  }

  /** The service under test, on 127.0.0.1. */
  public ConsoleBrowser at(int port) {
    this.port = port;
    return this;
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get("http://127.0.0.1:" + port + path);
  }

  /** Opens a console page signed out and waits for the login page it sends one to. */
  public void openSignedOut(String path) {
    open(path);
    waitFor(ExpectedConditions.urlContains("/login"));
  }

  /** Signs in on the shared login page and waits until the console's first heading shows. */
  public void signIn(String user, String password, String heading) {
    driver.findElement(By.name("username")).sendKeys(user);
    driver.findElement(By.name("password")).sendKeys(password, Keys.ENTER);
    waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), heading));
  }

  public WebElement find(By locator) {
    return driver.findElement(locator);
  }

  public String text(By locator) {
    return driver.findElement(locator).getText();
  }

  /** Picks the option with this value in the drop-down with this id. */
  public void choose(String id, String value) {
    new Select(driver.findElement(By.id(id))).selectByValue(value);
  }

  /** Clicks the submit button of the form with this id. */
  public void submit(String form) {
    driver.findElement(By.cssSelector("#" + form + " button[type=submit]")).click();
  }

  /** The id of the element that has the keyboard focus. */
  public String focused() {
    return driver.switchTo().activeElement().getAttribute("id");
  }

  /** The text of each row of a table's body. */
  public List<String> rows(String tableId) {
    return driver.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, PATIENCE).until(condition::apply);
  }

  /**
   * What the browser refused under the pages' Content-Security-Policy (an inline script or style,
   * something from elsewhere) since the last call: a page that needs it is broken in production.
   */
  public List<String> contentSecurityViolations() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  /** Keeps a picture of the page in target/console-screenshots. */
  public void snapshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(
          SCREENSHOTS.resolve(name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    driver = null;
  }
}
