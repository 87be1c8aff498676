package io.civicline.kit.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A minimal service with a few API endpoints, to test the security baseline alone. */
@SpringBootApplication(
    excludeName = {
      "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
      "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
      "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
      "io.civicline.kit.kafka.KafkaBaseline"
    })
class SecuredTestApp {

  @Bean
  ApiAccessRules agentsOnly() {
    return rules ->
        rules
            .requestMatchers(ApiAccessRules.reads("/api/figures"))
            .hasRole(Roles.MANAGER)
            .requestMatchers("/api/ping", "/api/notes")
            .hasRole(Roles.AGENT);
  }

  @RestController
  static class PingController {

    @GetMapping("/api/ping")
    String ping() {
      return "pong";
    }

    @PostMapping("/api/ping")
    String ping(@RequestBody Map<String, Object> body) {
      return "pong " + body.size();
    }

    /** Named by a read rule alone: GET and HEAD for managers, every other method refused. */
    @GetMapping("/api/figures")
    String figures() {
      return "42";
    }

    /** Named by no rule: refused to everyone. */
    @GetMapping("/api/unnamed")
    String unnamed() {
      return "nobody";
    }

    @PostMapping("/api/notes")
    String note(@RequestBody Note note) {
      return (note.text() == null ? 0 : note.text().length())
          + " characters, "
          + note.tags().size()
          + " tags";
    }
  }

  /** A body with free text, to test what a JSON string may hold. */
  record Note(String text, List<String> tags) {
    Note {
      tags = tags == null ? List.of() : tags;
    }
  }
}
