package io.civicline.hotline;

import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.RoleMatrix;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Every hotline handler, method and role against {@code role-matrix.txt}. */
@CaseServiceTest(database = "hotline", partitions = 3)
@AutoConfigureMockMvc
// No configured users and no dev profile: the callers are tokens, and the rules are production's.
@TestPropertySource(properties = "civicline.hotline.sla.watch-interval=1h")
class RoleMatrixTests {

  /** No file has this id: a handler past the door gets 404, the others 403 before the lookup. */
  private static final String UNKNOWN_FILE = "000000000000000000000000";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void everyHandlerAnswersEveryRoleAsTheTableSays() throws Exception {
    String original = dispatched();
    String later = Instant.now().plus(Duration.ofDays(20)).toString();
    Map<String, String> bodies =
        Map.ofEntries(
            Map.entry("POST /api/tickets", BadInputFuzzTests.TICKET),
            Map.entry("POST /api/tickets/{id}/dispatch", "{\"department\":\"HEATING_CO\"}"),
            Map.entry("POST /api/tickets/{id}/return", "{\"reason\":\"不归我们管\"}"),
            Map.entry(
                "POST /api/tickets/{id}/extend",
                "{\"deadline\":\"" + later + "\",\"reason\":\"备料\"}"),
            Map.entry("POST /api/tickets/{id}/extend/decision", "{\"decision\":\"GRANT\"}"),
            Map.entry("POST /api/tickets/{id}/reply", "{\"result\":\"RESOLVED\",\"note\":\"已修复\"}"),
            Map.entry("POST /api/tickets/{id}/callback", "{\"rating\":\"SATISFIED\"}"),
            Map.entry("POST /api/tickets/{id}/reopen", "{\"reason\":\"没修好\"}"),
            Map.entry("POST /api/tickets/{id}/duplicate-of", "{\"original\":\"" + original + "\"}"),
            Map.entry("PUT /api/calendar/{year}", "{\"holidays\":[],\"workdays\":[]}"));
    RoleMatrix matrix =
        RoleMatrix.of(
            mvc, bodies, key -> Map.of("id", dispatched(), "year", "2099", "fileId", UNKNOWN_FILE));

    matrix.assertAnswersAsTheTableSays(context);
  }

  /** A ticket HEATING_CO holds: its staff may open it, others' may not. */
  private String dispatched() throws Exception {
    ApiCalls api = ApiCalls.withTokens(mvc, "/api/tickets");
    String id = api.created("agent", BadInputFuzzTests.TICKET);
    return api.acted(id, "dispatch", "agent", "{\"department\":\"HEATING_CO\"}");
  }
}
