package io.civicline.stats.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.console.ConsoleConfiguration;
import io.civicline.kit.problem.ProblemsConfiguration;
import io.civicline.kit.security.SecurityBaseline;
import io.civicline.kit.staff.NewStaffAccount;
import io.civicline.kit.staff.StaffAccounts;
import io.civicline.kit.staff.StaffConfiguration;
import io.civicline.kit.staff.StaffDetails;
import io.civicline.kit.testing.InProcessMongo;
import io.civicline.stats.api.FigureSources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Stats keeps no database, yet a stored account of the city's staff directory signs in to it,
 * chooses its own password there, and a disabled one is refused.
 */
@WebMvcTest(DashboardPage.class)
@ImportAutoConfiguration({
  SecurityBaseline.class,
  ConsoleConfiguration.class,
  ProblemsConfiguration.class,
  StaffConfiguration.class
})
@Import({DashboardLabels.class, FigureSources.class, DashboardPageTests.Reference.class})
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class StaffSignInTests {

  static final InProcessMongo MONGO = new InProcessMongo();

  @Autowired MockMvc mvc;
  @Autowired StaffAccounts accounts;

  @DynamicPropertySource
  static void staff(DynamicPropertyRegistry registry) {
    registry.add("civicline.staff.mongodb-uri", () -> MONGO.uri("civicline-staff"));
  }

  @AfterAll
  static void stopMongo() {
    MONGO.stop();
  }

  @Test
  void aStoredManagerChoosesTheirPasswordHereThenSeesTheDashboardUntilDisabled() throws Exception {
    accounts.create(
        new NewStaffAccount(
            "qian.stats",
            new StaffDetails("钱统计", "MANAGER", null, null, null, null),
            "given-2026x"),
        "admin");

    mvc.perform(get("/dashboard").with(httpBasic("qian.stats", "given-2026x")))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/console/password"));
    mvc.perform(get("/console/password").with(httpBasic("qian.stats", "given-2026x")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("修改密码")))
        .andExpect(content().string(containsString("数据看板")));
    mvc.perform(
            post("/api/me/password")
                .with(httpBasic("qian.stats", "given-2026x"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"given-2026x\",\"newPassword\":\"mine-2026-q\"}"))
        .andExpect(status().isNoContent());

    mvc.perform(get("/dashboard").with(httpBasic("qian.stats", "mine-2026-q")))
        .andExpect(status().isOk());
    accounts.setEnabled("qian.stats", false, "admin");
    mvc.perform(get("/dashboard").with(httpBasic("qian.stats", "mine-2026-q")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aConfiguredUserIsToldTheirPasswordIsSetInConfiguration() throws Exception {
    mvc.perform(
            post("/console/password")
                .with(httpBasic("manager", "manager"))
                .with(csrf())
                .param("currentPassword", "manager")
                .param("newPassword", "mine-2026-m")
                .param("repeatPassword", "mine-2026-m"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("此账号不在人员目录中")));
    mvc.perform(
            post("/api/me/password")
                .with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"manager\",\"newPassword\":\"mine-2026-m\"}"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("configuration")));
  }
}
