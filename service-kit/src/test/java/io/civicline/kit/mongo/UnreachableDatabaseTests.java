package io.civicline.kit.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.kit.problem.ApiProblems;
import io.civicline.kit.security.ApiAccessRules;
import io.civicline.kit.security.Roles;
import io.civicline.kit.testing.TcpForwarder;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * While the database cannot be reached, a service answers a write and a read with a 503 problem and
 * {@code Retry-After} within seconds, not after the driver's default 30 s server selection.
 */
@SpringBootTest(classes = UnreachableDatabaseTests.NotesApp.class)
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class UnreachableDatabaseTests {

  /** Half the driver's default of 30 s: room for a busy machine over the 2 s setting. */
  private static final Duration PROMPTLY = Duration.ofSeconds(15);

  @DynamicPropertySource
  static void aDatabaseWhereNothingListens(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + TcpForwarder.freePort() + "/notes");
  }

  @Autowired MockMvc mvc;

  @Test
  void aCreateWhileTheDatabaseIsUnreachableIsAPromptRetryLaterProblem() throws Exception {
    expectPromptRetryLater(
        post("/api/notes")
            .with(httpBasic("agent", "agent"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"text\":\"路灯不亮\"}"));
  }

  @Test
  void aReadWhileTheDatabaseIsUnreachableIsAPromptRetryLaterProblem() throws Exception {
    expectPromptRetryLater(get("/api/notes/n1").with(httpBasic("agent", "agent")));
  }

  private void expectPromptRetryLater(RequestBuilder request) throws Exception {
    long started = System.nanoTime();
    mvc.perform(request)
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().exists("Retry-After"))
        .andExpect(jsonPath("$.type").value(ApiProblems.UNAVAILABLE.toString()));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PROMPTLY);
  }

  /** A service with one collection written and read through {@link MongoTemplate}. */
  @SpringBootApplication(
      excludeName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "io.civicline.kit.kafka.KafkaBaseline"
      })
  static class NotesApp {

    @Bean
    ApiAccessRules notesForAgents() {
      return rules -> rules.requestMatchers("/api/notes", "/api/notes/*").hasRole(Roles.AGENT);
    }

    @RestController
    static class NotesController {

      private final MongoTemplate mongo;

      NotesController(MongoTemplate mongo) {
        this.mongo = mongo;
      }

      @PostMapping("/api/notes")
      Document create(@RequestBody Map<String, Object> note) {
        return mongo.insert(new Document(note), "notes");
      }

      @GetMapping("/api/notes/{id}")
      Document read(@PathVariable String id) {
        return mongo.findById(id, Document.class, "notes");
      }
    }
  }
}
