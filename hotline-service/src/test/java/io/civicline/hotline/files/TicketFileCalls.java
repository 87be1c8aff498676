package io.civicline.hotline.files;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.hotline.domain.Staff;
import io.civicline.kit.testing.ApiCalls;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** The calls the file tests make: tickets to attach to, uploads, and what the store holds. */
final class TicketFileCalls {

  static final String TICKET =
      """
      {"channel":"PHONE","category":"COMPLAINT","topic":"HEATING","district":"YIMEI",
       "caller":{"name":"李四","phone":"13600000001"},"description":"暖气不热"}
      """;

  private final Supplier<MockMvc> mvc;
  private final MongoTemplate mongo;

  TicketFileCalls(MockMvc mvc, MongoTemplate mongo) {
    this.mvc = () -> mvc;
    this.mongo = mongo;
  }

  String received() throws Exception {
    return new ApiCalls(mvc.get(), "/api/tickets").created("agent", TICKET);
  }

  String dispatched(String department) throws Exception {
    ApiCalls api = new ApiCalls(mvc.get(), "/api/tickets");
    return api.acted(received(), "dispatch", "agent", "{\"department\":\"" + department + "\"}");
  }

  ResultActions upload(String id, String user, MockMultipartFile file) throws Exception {
    return mvc.get()
        .perform(multipart("/api/tickets/" + id + "/files").file(file).with(httpBasic(user, user)));
  }

  JsonNode attached(String id, String user, MockMultipartFile file) throws Exception {
    String body =
        upload(id, user, file)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return TicketFileTests.json(body);
  }

  String attachedId(String id, String user, MockMultipartFile file) throws Exception {
    return attached(id, user, file).get("id").asString();
  }

  /** How many files and chunks of files the GridFS bucket holds. */
  long storedFiles() {
    return mongo.getCollection("ticket_files.files").countDocuments()
        + mongo.getCollection("ticket_files.chunks").countDocuments();
  }

  void assertVersion(String id, int version) throws Exception {
    mvc.get()
        .perform(get("/api/tickets/" + id).with(httpBasic("agent", "agent")))
        .andExpect(jsonPath("$.version").value(version));
  }

  Staff agent() {
    return new Staff("agent", Set.of("AGENT"), null);
  }
}
