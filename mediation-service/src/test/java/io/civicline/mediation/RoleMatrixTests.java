package io.civicline.mediation;

import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.RoleMatrix;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Every mediation handler, method and role against {@code role-matrix.txt}. */
@CaseServiceTest(database = "mediation", partitions = 3)
@AutoConfigureMockMvc
// No configured users and no dev profile: the callers are tokens, and the rules are production's.
@TestPropertySource(properties = "civicline.mediation.watch-interval=1h")
class RoleMatrixTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void everyHandlerAnswersEveryRoleAsTheTableSays() throws Exception {
    String later = Instant.now().plus(Duration.ofDays(20)).toString();
    Map<String, String> bodies =
        Map.ofEntries(
            Map.entry("POST /api/cases", BadInputFuzzTests.CASE),
            Map.entry("POST /api/cases/{id}/assign", "{\"mediator\":\"M_YIMEI_01\"}"),
            Map.entry(
                "POST /api/cases/{id}/sessions",
                "{\"date\":\"" + LocalDate.now() + "\",\"participants\":[\"张三\"]}"),
            Map.entry(
                "POST /api/cases/{id}/extend",
                "{\"deadline\":\"" + later + "\",\"partiesConsent\":true,\"reason\":\"补充材料\"}"),
            Map.entry("POST /api/cases/{id}/close", "{\"outcome\":\"WITHDRAWN\"}"),
            Map.entry("POST /api/cases/{id}/follow-up", "{\"performance\":\"FULFILLED\"}"),
            Map.entry(
                "POST /api/cases/{id}/judicial-confirmation",
                "{\"court\":\"YIMEI_COURT\",\"appliedAt\":\""
                    + Instant.now().minus(Duration.ofHours(2))
                    + "\",\"confirmedAt\":\""
                    + Instant.now().minus(Duration.ofHours(1))
                    + "\"}"),
            Map.entry("POST /api/cases/{id}/reopen", "{\"reason\":\"协议未履行\"}"),
            Map.entry("POST /api/cases/{id}/decline", "{\"reason\":\"BEFORE_COURT\"}"),
            Map.entry("POST /console/cases/{id}/assign", "mediator=M_YIMEI_01"),
            Map.entry("POST /console/cases/{id}/session", "date=" + LocalDate.now()),
            Map.entry("POST /console/cases/{id}/extend", "reason=补充材料"),
            Map.entry("POST /console/cases/{id}/close", "outcome=WITHDRAWN"),
            Map.entry("POST /console/cases/{id}/follow-up", "performance=FULFILLED"),
            Map.entry("POST /console/cases/{id}/judicial-confirmation", "court=YIMEI_COURT"),
            Map.entry("POST /console/cases/{id}/reopen", "reason=协议未履行"),
            Map.entry("POST /console/cases/{id}/decline", "reason=BEFORE_COURT"));
    RoleMatrix matrix =
        RoleMatrix.of(
            mvc,
            bodies,
            key ->
                Map.of(
                    "id",
                    key.equals(RoleMatrix.READS) || key.contains("assign")
                        ? assigned("mediator2", "M_YIMEI_02")
                        : assigned("mediator", "M_YIMEI_01"),
                    "ticketId",
                    "no-such-ticket"));

    matrix.assertAnswersAsTheTableSays(context);
  }

  /** A case registered by {@code account} and assigned to their roster entry by an admin. */
  private String assigned(String account, String mediator) throws Exception {
    ApiCalls api = ApiCalls.withTokens(mvc, "/api/cases");
    String id = api.created(account, BadInputFuzzTests.CASE);
    String body = "{\"mediator\":\"" + mediator + "\"}";
    return api.acted(id, "assign", "admin", body);
  }
}
