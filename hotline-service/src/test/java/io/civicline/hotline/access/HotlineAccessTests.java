package io.civicline.hotline.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.testing.InProcessMongo;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may read and act on which ticket, tried through the HTTP door as an attacker would:
 * department staff without a department, HEAD beside GET.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class HotlineAccessTests {

  static final InProcessMongo MONGO = new InProcessMongo();

  static final String TICKET =
      """
      {"channel":"PHONE","category":"COMPLAINT","topic":"HEATING","district":"YIMEI",
       "caller":{"name":"王五","phone":"%s"},"description":"暖气不热"}
      """;

  /**
   * A DEPARTMENT account without a department, as a stored account or an identity provider could
   * present it (configured users and tokens without one are refused before they get here).
   */
  static final RequestPostProcessor NO_DEPARTMENT = user("nodept").roles("DEPARTMENT");

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void mongo(DynamicPropertyRegistry registry) {
    registry.add("spring.mongodb.uri", () -> MONGO.uri("hotline"));
  }

  @AfterAll
  static void stopMongo() {
    MONGO.stop();
  }

  @Test
  void departmentStaffWithoutADepartmentCannotReadActOnOrListAnotherDepartmentsTicket()
      throws Exception {
    String id = dispatchedTo("WATER_CO", "13700000001");

    for (MockHttpServletRequestBuilder read :
        List.of(
            get("/api/tickets/" + id),
            get("/api/tickets"),
            get("/api/tickets").param("q", "暖气"),
            get("/api/tickets/queue"),
            get("/api/tickets/at-risk"))) {
      mvc.perform(read.with(NO_DEPARTMENT))
          .andExpect(status().isForbidden())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.detail").value(Matchers.containsString("no department")));
    }
    mvc.perform(head("/api/tickets/" + id).with(NO_DEPARTMENT)).andExpect(status().isForbidden());
    mvc.perform(
            post("/api/tickets/" + id + "/sign")
                .with(NO_DEPARTMENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("no department")));

    mvc.perform(get("/api/tickets/" + id).with(httpBasic("agent", "agent")))
        .andExpect(jsonPath("$.status").value("DISPATCHED"))
        .andExpect(jsonPath("$.version").value(2));
  }

  @Test
  void departmentStaffWithoutADepartmentGetNoConsolePage() throws Exception {
    String id = dispatchedTo("WATER_CO", "13700000002");

    for (String page :
        new String[] {
          "/console", "/console/search", "/console/at-risk", "/console/tickets/" + id
        }) {
      mvc.perform(get(page).with(NO_DEPARTMENT)).andExpect(status().isForbidden());
    }
    mvc.perform(
            post("/console/tickets/" + id + "/sign")
                .with(NO_DEPARTMENT)
                .with(csrf())
                .param("version", "2"))
        .andExpect(status().isForbidden());

    mvc.perform(get("/api/tickets/" + id).with(httpBasic("agent", "agent")))
        .andExpect(jsonPath("$.status").value("DISPATCHED"));
  }

  @Test
  void headOfATicketIsRefusedWhereverGetIs() throws Exception {
    String id = dispatchedTo("WATER_CO", "13700000003");

    for (String user : new String[] {"manager", "heating"}) {
      mvc.perform(get("/api/tickets/" + id).with(httpBasic(user, user)))
          .andExpect(status().isForbidden());
      mvc.perform(head("/api/tickets/" + id).with(httpBasic(user, user)))
          .andExpect(status().isForbidden())
          .andExpect(header().doesNotExist("ETag"));
    }
    mvc.perform(head("/api/tickets/" + id).with(httpBasic("agent", "agent")))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"2\""));
    mvc.perform(options("/api/tickets/" + id).with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
  }

  String dispatchedTo(String department, String phone) throws Exception {
    String id = receive(phone);
    mvc.perform(
            post("/api/tickets/" + id + "/dispatch")
                .with(httpBasic("agent", "agent"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"department\":\"" + department + "\"}"))
        .andExpect(status().isOk());
    return id;
  }

  String receive(String phone) throws Exception {
    String body =
        mvc.perform(
                post("/api/tickets")
                    .with(httpBasic("agent", "agent"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(TICKET.formatted(phone)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode ticket = JsonMapper.builder().build().readTree(body);
    return ticket.get("id").asString();
  }
}
