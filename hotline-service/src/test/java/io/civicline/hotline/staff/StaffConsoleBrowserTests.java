package io.civicline.hotline.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.ConsoleBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

/**
 * The staff pages in headless Chromium: an admin creates a department account, its user signs in
 * and must first choose their own password, and the admin disables the account. Skipped without
 * Chromium.
 */
@CaseServiceTest(
    database = "hotline",
    webEnvironment = WebEnvironment.RANDOM_PORT,
    staffDirectory = true)
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class StaffConsoleBrowserTests {

  @RegisterExtension static final ConsoleBrowser browser = new ConsoleBrowser();

  @Test
  void anAdminCreatesAnAccountWhoseUserChoosesAPasswordAndThenDisablesIt() {
    browser.open("/console");
    browser.signIn("admin", "admin", "");
    browser.find(By.id("nav-staff")).click();
    browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("create-account")));
    browser.find(By.id("userName")).sendKeys("zhou.heat");
    browser.find(By.id("password")).sendKeys("first-2026x");
    browser.find(By.id("displayName")).sendKeys("周供热");
    browser.choose("role", "DEPARTMENT");
    browser.choose("department", "HEATING_CO");
    browser.snapshot("staff-create");
    browser.submit("create-account");

    browser.waitFor(ExpectedConditions.urlContains("/console/staff/zhou.heat"));
    assertThat(browser.text(By.className("notice"))).contains("zhou.heat");
    assertThat(browser.text(By.id("state"))).isEqualTo("启用");
    assertThat(browser.rows("history")).hasSize(1);

    browser.driver().manage().deleteAllCookies();
    browser.openSignedOut("/console");
    browser.find(By.id("username")).sendKeys("zhou.heat");
    browser.find(By.id("password")).sendKeys("first-2026x");
    browser.find(By.cssSelector("button[type=submit]")).click();
    browser.waitFor(ExpectedConditions.urlContains("/console/password"));
    browser.find(By.name("currentPassword")).sendKeys("first-2026x");
    browser.find(By.name("newPassword")).sendKeys("mine-2026-heat");
    browser.find(By.name("repeatPassword")).sendKeys("mine-2026-heat");
    browser.submit("password");
    browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("password-notice")));
    browser.open("/console");
    browser.waitFor(ExpectedConditions.urlMatches("/console$"));

    browser.driver().manage().deleteAllCookies();
    browser.open("/console");
    browser.signIn("admin", "admin", "");
    browser.open("/console/staff/zhou.heat");
    browser.submit("disable-account");
    browser.waitFor(ExpectedConditions.textToBe(By.id("state"), "已停用"));
    browser.snapshot("staff-disabled");
    assertThat(browser.rows("history")).hasSize(3);
  }
}
