package io.civicline.hotline.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.testing.CaseServiceTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff directory through the HTTP door, as an attacker would try it: only admins reach the
 * accounts, a disabled account is refused at once, a stored department account sees its own
 * department only, and bad input is a problem that changes nothing.
 */
@CaseServiceTest(database = "hotline", staffDirectory = true)
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class StaffAdminApiTests {

  /** The password an admin gives a new account. */
  static final String PASSWORD = "spring-2026";

  /** The one its user then chooses. */
  static final String OWN = "own-choice-7";

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;

  @Test
  void everyStaffEndpointRefusesEveryoneButAdminsWhateverTheMethod() throws Exception {
    create("target.user", details("AGENT", null)).andExpect(status().isCreated());
    List<String> paths =
        List.of(
            "/api/staff",
            "/api/staff/target.user",
            "/api/staff/target.user/password",
            "/api/staff/target.user/disable",
            "/api/staff/target.user/enable");
    for (String user : List.of("agent", "water", "heating", "mediator", "manager")) {
      for (String path : paths) {
        for (HttpMethod method :
            List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT)) {
          mvc.perform(
                  request(method, path)
                      .with(httpBasic(user, user))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"password\":\"x\"}"))
              .andExpect(status().isForbidden());
        }
      }
    }
    mvc.perform(head("/api/staff")).andExpect(status().isUnauthorized());
    mvc.perform(post("/api/staff/target.user/disable")).andExpect(status().isUnauthorized());
    account("target.user").andExpect(jsonPath("$.enabled").value(true));
  }

  @Test
  void aDisabledAccountIsRefusedRightAfterItSignedInWithTheSamePassword() throws Exception {
    createWithOwnPassword("li.si", details("AGENT", null));
    mvc.perform(get("/api/tickets/queue").with(httpBasic("li.si", OWN))).andExpect(status().isOk());

    mvc.perform(post("/api/staff/li.si/disable").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.enabled").value(false));

    mvc.perform(get("/api/tickets/queue").with(httpBasic("li.si", OWN)))
        .andExpect(status().isUnauthorized());
    mvc.perform(post("/api/staff/li.si/enable").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/tickets/queue").with(httpBasic("li.si", OWN))).andExpect(status().isOk());
  }

  @Test
  void aConsoleSessionEndsOnTheNextRequestOnceItsAccountIsDisabled() throws Exception {
    createWithOwnPassword("chen.page", details("AGENT", null));
    MockHttpSession session =
        (MockHttpSession)
            mvc.perform(formLogin().user("chen.page").password(OWN))
                .andExpect(status().isFound())
                .andReturn()
                .getRequest()
                .getSession(false);
    mvc.perform(get("/console").session(session)).andExpect(status().isOk());

    mvc.perform(post("/api/staff/chen.page/disable").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk());

    mvc.perform(get("/console").session(session)).andExpect(redirectedUrl("/login"));
    assertThat(session.isInvalid()).isTrue();
  }

  @Test
  void aStoredDepartmentAccountSeesOnlyItsOwnDepartmentsTickets() throws Exception {
    createWithOwnPassword("water.staff", details("DEPARTMENT", "\"department\":\"WATER_CO\""));
    String water = dispatchedTo("WATER_CO");
    String heating = dispatchedTo("HEATING_CO");

    mvc.perform(get("/api/tickets/" + water).with(httpBasic("water.staff", OWN)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/tickets/" + heating).with(httpBasic("water.staff", OWN)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/tickets/" + heating + "/sign").with(httpBasic("water.staff", OWN)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/tickets/queue").with(httpBasic("water.staff", OWN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(water)))
        .andExpect(content().string(not(containsString(heating))));
  }

  @Test
  void anAccountWithoutTheScopeItsRoleNeedsIsRefusedAndNotStored() throws Exception {
    create("no.scope", details("DEPARTMENT", null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("department"));
    create("no.scope", details("DEPARTMENT", "\"department\":\"NOWHERE\""))
        .andExpect(status().isBadRequest());
    create("no.scope", details("MEDIATOR", null)).andExpect(status().isBadRequest());
    create("no.scope", details("MEDIATION_LEAD", null)).andExpect(status().isBadRequest());
    create("no.scope", details("AGENT", "\"department\":\"WATER_CO\""))
        .andExpect(status().isBadRequest());
    account("no.scope").andExpect(status().isNotFound());
    mvc.perform(get("/api/tickets/queue").with(httpBasic("no.scope", PASSWORD)))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void anEditOnAStaleVersionIs409WithTheCurrentAccountAndChangesNothing() throws Exception {
    create("wang.wu", details("DEPARTMENT", "\"department\":\"HEATING_CO\""))
        .andExpect(status().isCreated())
        .andExpect(header().string("ETag", "\"1\""));
    edit("wang.wu", "\"1\"", details("DEPARTMENT", "\"department\":\"WATER_CO\""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2));

    edit("wang.wu", "\"1\"", details("AGENT", null))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.current.version").value(2))
        .andExpect(jsonPath("$.current.passwordHash").doesNotExist());
    mvc.perform(
            put("/api/staff/wang.wu")
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"details\":" + details("AGENT", null) + "}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));

    account("wang.wu")
        .andExpect(jsonPath("$.details.role").value("DEPARTMENT"))
        .andExpect(jsonPath("$.details.department").value("WATER_CO"))
        .andExpect(jsonPath("$.history[1].by").value("admin"))
        .andExpect(jsonPath("$.history[1].what").value(containsString("department=WATER_CO")));
  }

  @Test
  void badInputIsAProblemNeverA500AndNoPasswordOrHashIsEverReturned() throws Exception {
    for (String body :
        List.of(
            "{",
            "[]",
            "{\"userName\":\"ok.name\",\"password\":\"" + PASSWORD + "\"}",
            "{\"userName\":\"Bad Name\",\"details\":"
                + details("AGENT", null)
                + ",\"password\":\""
                + PASSWORD
                + "\"}",
            "{\"userName\":\"weak.one\",\"details\":"
                + details("AGENT", null)
                + ",\"password\":\"short\"}",
            "{\"userName\":\"same.name1\",\"details\":"
                + details("AGENT", null)
                + ",\"password\":\"Same.Name1\"}",
            "{\"userName\":\"ok.name\",\"details\":"
                + details("ROOT", null)
                + ",\"password\":\""
                + PASSWORD
                + "\"}",
            "{\"userName\":\"ok.name\",\"details\":{\"displayName\":[1],\"role\":\"AGENT\"},\"password\":\""
                + PASSWORD
                + "\"}",
            "{\"userName\":\"ok.name\",\"details\":{\"displayName\":\"a\\u0000b\",\"role\":\"AGENT\"},\"password\":\""
                + PASSWORD
                + "\"}")) {
      mvc.perform(
              post("/api/staff")
                  .with(httpBasic("admin", "admin"))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
    account("ok.name").andExpect(status().isNotFound());
    create("admin", details("ADMIN", null)).andExpect(status().isConflict());
    edit("nobody", "\"1\"", details("AGENT", null)).andExpect(status().isNotFound());
    edit("nobody", "bogus", details("AGENT", null)).andExpect(status().isBadRequest());
    mvc.perform(post("/api/staff/nobody/disable").with(httpBasic("admin", "admin")))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/staff/admin/disable").with(httpBasic("admin", "admin")))
        .andExpect(status().isNotFound());

    create("zhao.liu", details("AGENT", null)).andExpect(status().isCreated());
    create("zhao.liu", details("AGENT", null)).andExpect(status().isConflict());
    String listed =
        mvc.perform(get("/api/staff").with(httpBasic("admin", "admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(listed).contains("zhao.liu").doesNotContain(PASSWORD, "bcrypt", "$2a$", "assword\"");
  }

  @Test
  void anAdminResetIsAPasswordTheUserThenReplacesWithTheirOwn() throws Exception {
    create("sun.qi", details("AGENT", null)).andExpect(status().isCreated());
    mvc.perform(
            post("/api/staff/sun.qi/password")
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\":\"reset-2026x\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.passwordChangeRequired").value(true));
    mvc.perform(get("/api/tickets/queue").with(httpBasic("sun.qi", PASSWORD)))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/tickets/queue").with(httpBasic("sun.qi", "reset-2026x")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("/api/me/password")));

    ownChange("sun.qi", "reset-2026x", "wrong-current1", "mine-2026-x")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
    ownChange("sun.qi", "reset-2026x", "reset-2026x", "sun.qi")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
    ownChange("sun.qi", "reset-2026x", "reset-2026x", "mine-2026-x")
        .andExpect(status().isNoContent());

    mvc.perform(get("/api/tickets/queue").with(httpBasic("sun.qi", "reset-2026x")))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/tickets/queue").with(httpBasic("sun.qi", "mine-2026-x")))
        .andExpect(status().isOk());
    account("sun.qi")
        .andExpect(jsonPath("$.passwordChangeRequired").value(false))
        .andExpect(jsonPath("$.history[2].by").value("sun.qi"))
        .andExpect(jsonPath("$.history[2].what").value("password changed by the user"));
    ownChange("agent", "agent", "agent", "mine-2026-x")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("configuration")));
  }

  private ResultActions ownChange(String user, String password, String current, String next)
      throws Exception {
    return mvc.perform(
        post("/api/me/password")
            .with(httpBasic(user, password))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}"));
  }

  /** A new account whose user has replaced the admin's password with their own ({@link #OWN}). */
  private void createWithOwnPassword(String userName, String details) throws Exception {
    create(userName, details).andExpect(status().isCreated());
    mvc.perform(get("/api/tickets/queue").with(httpBasic(userName, PASSWORD)))
        .andExpect(status().isForbidden());
    ownChange(userName, PASSWORD, PASSWORD, OWN).andExpect(status().isNoContent());
  }

  private ResultActions create(String userName, String details) throws Exception {
    return mvc.perform(
        post("/api/staff")
            .with(httpBasic("admin", "admin"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"userName\":\""
                    + userName
                    + "\",\"details\":"
                    + details
                    + ",\"password\":\""
                    + PASSWORD
                    + "\"}"));
  }

  private ResultActions edit(String userName, String ifMatch, String details) throws Exception {
    MockHttpServletRequestBuilder edit =
        put("/api/staff/" + userName)
            .with(httpBasic("admin", "admin"))
            .header("If-Match", ifMatch)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"details\":" + details + "}");
    return mvc.perform(edit);
  }

  private ResultActions account(String userName) throws Exception {
    return mvc.perform(get("/api/staff/" + userName).with(httpBasic("admin", "admin")));
  }

  private String dispatchedTo(String department) throws Exception {
    String created =
        mvc.perform(
                post("/api/tickets")
                    .with(httpBasic("agent", "agent"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"channel":"PHONE","category":"COMPLAINT","district":"YIMEI",
                         "caller":{"name":"张三","phone":"13800000000"},"description":"路灯不亮"}
                        """))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String id = JSON.readTree(created).get("id").asString();
    mvc.perform(
            post("/api/tickets/" + id + "/dispatch")
                .with(httpBasic("agent", "agent"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"department\":\"" + department + "\"}"))
        .andExpect(status().isOk());
    return id;
  }

  /** The details of a role, with the scope given as JSON members (or none). */
  static String details(String role, String scope) {
    return "{\"displayName\":\"张三\",\"role\":\""
        + role
        + "\""
        + (scope == null ? "" : "," + scope)
        + "}";
  }

  static JsonNode tree(String json) {
    return JSON.readTree(json);
  }
}
