package io.civicline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import tools.jackson.databind.JsonNode;

/**
 * What agents and mediators do over HTTP in the system tests: receive a call as a ticket, refer it
 * to mediation, find the case mediation-service made of it, mediate and close it, and read the
 * outcome back on the ticket.
 */
final class DeskSteps {

  static final String TICKET =
      "{\"channel\":\"PHONE\",\"category\":\"COMPLAINT\",\"district\":\"YIMEI\","
          + "\"urgency\":\"NORMAL\",\"caller\":{\"name\":\"张三\",\"phone\":\"13800000000\"},"
          + "\"description\":\"路灯不亮\"}";

  /** A dispute a mediator registers directly (walk-in), not from a hotline referral. */
  static final String CASE =
      "{\"disputeType\":\"NEIGHBOURHOOD\",\"district\":\"YIMEI\",\"source\":\"WALK_IN\","
          + "\"parties\":[{\"role\":\"APPLICANT\",\"name\":\"李四\",\"phone\":\"13900000000\"},"
          + "{\"role\":\"RESPONDENT\",\"name\":\"王五\"}],\"summary\":\"邻里噪音纠纷\"}";

  /** A mediator of the roster (body YIMEI_PMC) whose account is the demo user {@code mediator}. */
  static final String MEDIATOR = "M_YIMEI_01";

  /** A mediating body other than {@link #MEDIATOR}'s, to transfer a case to. */
  static final String OTHER_BODY = "YIMEI_JUDICIAL_OFFICE";

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  private final StackHttp http;
  private final LaunchedStack stack;

  DeskSteps(StackHttp http, LaunchedStack stack) {
    this.http = http;
    this.stack = stack;
  }

  /** An agent records a call as a new ticket; returns its id. */
  String receiveTicket() throws Exception {
    HttpResponse<String> created = http.post(stack.hotline, "/api/tickets", "agent", TICKET);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return http.json(created.body()).get("id").asString();
  }

  /** An agent refers a new ticket (version 1) to mediation. */
  void refer(String ticketId) throws Exception {
    HttpResponse<String> referred =
        http.post(stack.hotline, "/api/tickets/" + ticketId + "/refer", "agent", "{\"version\":1}");
    assertThat(referred.statusCode()).as(referred.body()).isEqualTo(200);
    assertThat(http.json(referred.body()).get("status").asString()).isEqualTo("REFERRED");
  }

  /** The cases mediation-service lists for a ticket (as {@code items}). */
  JsonNode casesOf(String ticketId) throws Exception {
    return http.getJson(stack.mediation, "/api/cases?ticket=" + ticketId, "mediator").path("items");
  }

  /** Waits for the one case made of the ticket's referral; returns its id. */
  String awaitCaseOf(String ticketId, Duration timeout) {
    return await("a mediation case for ticket " + ticketId)
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptions()
        .until(() -> casesOf(ticketId), items -> items.size() == 1)
        .get(0)
        .get("id")
        .asString();
  }

  /**
   * A mediator takes the case (an unassigned case of their body's district, YIMEI, for themselves),
   * holds a session if the outcome says a mediation took place (SUCCESS, FAILED), and closes it
   * with the outcome and what goes with it.
   */
  void mediate(String caseId, String outcome) throws Exception {
    String casePath = "/api/cases/" + caseId;
    expectOk(casePath + "/assign", "{\"mediator\":\"" + MEDIATOR + "\"}");
    if (outcome.equals("SUCCESS") || outcome.equals("FAILED")) {
      expectOk(casePath + "/sessions", "{\"date\":\"" + LocalDate.now(CITY) + "\"}");
    }
    expectOk(casePath + "/close", closing(outcome));
  }

  /** Waits until the ticket shows a reply (REPLIED); returns the ticket. */
  JsonNode awaitReplied(String ticketId, Duration timeout) {
    return awaitStatus(ticketId, "REPLIED", timeout);
  }

  /**
   * Waits until the ticket is in {@code status}: REPLIED for a mediated case's outcome, RECEIVED
   * for a referral mediation handed back (withdrawn, transferred, declined); returns the ticket.
   */
  JsonNode awaitStatus(String ticketId, String status, Duration timeout) {
    return await("mediation's answer on ticket " + ticketId)
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptions()
        .until(
            () -> http.getJson(stack.hotline, "/api/tickets/" + ticketId, "agent"),
            view -> view.path("status").asString().equals(status));
  }

  /** Whether mediation's outcome answers the ticket (REPLIED) rather than handing it back. */
  static boolean answersTheTicket(String outcome) {
    return outcome.equals("SUCCESS") || outcome.equals("FAILED");
  }

  /** The close request of an outcome, with what each outcome needs. */
  static String closing(String outcome) {
    return switch (outcome) {
      case "SUCCESS" -> "{\"outcome\":\"SUCCESS\",\"agreementType\":\"WRITTEN\"}";
      case "FAILED" -> "{\"outcome\":\"FAILED\",\"advice\":\"LITIGATION\"}";
      case "WITHDRAWN" -> "{\"outcome\":\"WITHDRAWN\"}";
      case "TRANSFERRED" ->
          "{\"outcome\":\"TRANSFERRED\",\"transferredTo\":\"" + OTHER_BODY + "\"}";
      default -> throw new IllegalArgumentException("no such outcome: " + outcome);
    };
  }

  private void expectOk(String path, String body) throws Exception {
    HttpResponse<String> response = http.post(stack.mediation, path, "mediator", body);
    assertThat(response.statusCode())
        .as("POST %s %s: %s", path, body, response.body())
        .isEqualTo(200);
  }
}
