package io.civicline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** The subjects and small checks of {@link SecurityFindingsIT}: tickets, cases, logs, addresses. */
final class StackProbes {

  static final String PARTY_PHONE = "13900000017";
  static final String PARTY_ID = "230702198503121235";

  private static final String CASE =
      "{\"disputeType\":\"NEIGHBOURHOOD\",\"district\":\"YIMEI\",\"source\":\"WALK_IN\","
          + "\"parties\":[{\"role\":\"APPLICANT\",\"name\":\"李四\",\"phone\":\""
          + PARTY_PHONE
          + "\",\"idNumber\":\""
          + PARTY_ID
          + "\"},{\"role\":\"RESPONDENT\",\"name\":\"王五\"}],\"summary\":\"邻里噪音纠纷\"}";

  private static final String TICKET =
      "{\"channel\":\"PHONE\",\"category\":\"COMPLAINT\",\"district\":\"YIMEI\","
          + "\"urgency\":\"NORMAL\",\"caller\":{\"name\":\"张三\",\"phone\":\"%s\"},"
          + "\"description\":\"暖气不热\"}";

  /** A sign-in attempt that fails. */
  interface Attempt {
    HttpResponse<String> send() throws Exception;
  }

  private final LaunchedStack stack;
  private final Attacker http;

  StackProbes(LaunchedStack stack, Attacker http) {
    this.stack = stack;
    this.http = http;
  }

  /** A ticket received by the agent and dispatched to HEATING_CO; returns its id. */
  String ticketOfHeating(String phone) throws Exception {
    String id =
        field(
            body(
                201,
                http.send(stack.hotline, "POST", "/api/tickets", "agent", TICKET.formatted(phone))),
            "id");
    String dispatch = "{\"department\":\"HEATING_CO\"}";
    body(
        200,
        http.send(stack.hotline, "POST", "/api/tickets/" + id + "/dispatch", "agent", dispatch));
    return id;
  }

  /**
   * A case with a party's phone and ID number that the mediator registered and that is now
   * mediator2's (M_YIMEI_02), assigned by whoever may: a lead or an admin after issue 16, any
   * mediator before it. Returns its id.
   */
  String caseOfMediator2() throws Exception {
    String id =
        field(body(201, http.send(stack.mediation, "POST", "/api/cases", "mediator", CASE)), "id");
    String toMediator2 = "{\"mediator\":\"M_YIMEI_02\"}";
    for (String user : List.of("lead", "admin", "mediator")) {
      String path = "/api/cases/" + id + "/assign";
      if (http.send(stack.mediation, "POST", path, user, toMediator2).statusCode() == 200) {
        return id;
      }
    }
    throw new AssertionError("nobody could assign case " + id + " to mediator2");
  }

  /** Whether the service on {@code port} says in its log that it runs the dev profile. */
  boolean devProfile(int port) throws Exception {
    String service =
        port == stack.hotline
            ? "hotline-service"
            : port == stack.mediation ? "mediation-service" : "stats-service";
    return Files.readString(stack.logs().resolve(service + ".log"))
        .lines()
        .anyMatch(line -> line.contains("profile") && line.contains("\"dev\""));
  }

  void assertProblem400(int port, String path, String user) throws Exception {
    HttpResponse<String> answer = http.send(port, "GET", path, user, null);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type"))
        .as(path)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  /**
   * Fails unless a 429 with Retry-After comes within 15 failures. Earlier checks of the suite
   * failed sign-ins from the same address too, so the count may start above zero; the exact
   * threshold is the kit's SignInThrottleTests'.
   */
  static void assertThrottled(Attempt attempt, String what) throws Exception {
    for (int i = 1; i <= 15; i++) {
      HttpResponse<String> answer = attempt.send();
      if (answer.statusCode() == 429) {
        assertThat(answer.headers().firstValue("Retry-After")).as(what).isPresent();
        return;
      }
    }
    throw new AssertionError("15 failed sign-ins through " + what + " and no 429");
  }

  static Optional<InetAddress> nonLoopbackAddress() throws Exception {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
            return Optional.of(address);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String body(int status, HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    return answer.body();
  }

  private static String field(String json, String name) {
    return JsonMapper.shared().readTree(json).get(name).asString();
  }
}
