package io.civicline.kit.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.civicline.kit.testing.BadBodies.Expect;
import io.civicline.kit.testing.BadBodies.Field;
import io.civicline.kit.testing.BadBodies.Variant;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the {@link BadBodies} of a write endpoint, bad ids and bad {@code If-Match} headers, and
 * collects every answer that breaks the API's promise: no 5xx, every 4xx an RFC 9457 problem, the
 * stored resource unchanged after a 4xx, and a 2xx only for input the API may take. A 2xx moves on
 * to a fresh resource, so that each variant meets the state the valid body is meant for.
 */
public final class BadInputFuzz {

  /**
   * A write endpoint: its path with {@code {id}} for the resource, the user who may call it (whose
   * password is the user name), and a body it accepts on a fresh resource.
   */
  public record Endpoint(
      String name,
      String path,
      String user,
      String validBody,
      List<Field> fields,
      boolean bodyOptional) {}

  /** Makes a new resource in the state the endpoint's valid body is meant for; returns its id. */
  @FunctionalInterface
  public interface Subjects {
    String fresh() throws Exception;
  }

  /**
   * An action of a lifecycle: its path with {@code {id}}, the names of the allowed actions that
   * permit it, who takes it (password = user name) and a body it accepts where it is allowed.
   */
  public record Transition(String path, Set<String> actions, String user, String body) {}

  /** The {@code allowedActions} a user sees on a resource (none where the user may not read it). */
  @FunctionalInterface
  public interface AllowedActions {
    Set<String> of(String id, String user) throws Exception;
  }

  /** Ids that name no resource, or not even a well-formed path segment. */
  public static final List<String> BAD_IDS =
      List.of(
          "000000000000000000000000",
          "no-such-id",
          "../x",
          "..%2Fx",
          "..%2F..%2Factuator",
          "%00",
          "%2500",
          "%C3",
          "%ED%A0%80",
          "%7B%22%24gt%22%3A%22%22%7D",
          "%E2%80%AE%F0%9F%98%80",
          "x".repeat(10_000));

  /** If-Match headers that are garbage or name a version the resource does not have. */
  public static final List<String> BAD_IF_MATCHES =
      List.of(
          "\"abc\"",
          "*",
          "W/\"-1\"",
          "\"99999999999999999999\"",
          "\"1\", \"2\"",
          "\"0\"",
          "\"999\"",
          "\"\u202E1\"",
          "\"" + "9".repeat(10_000) + "\"");

  /** Stands in a valid body for the time of sending (e.g. "the parties applied just now"). */
  public static final String NOW = "{{now}}";

  private static final JsonMapper JSON = JsonMapper.shared();

  private final MockMvc mvc;
  private final Function<String, String> stored;
  private final long seed;
  private final int pairs;
  private final List<String> failures = new ArrayList<>();
  private final Set<String> changed = new LinkedHashSet<>();
  private final java.util.Random random;
  private boolean firstWithAnId = true;
  private int sent;

  /** Bad ids and If-Match headers sent to each endpoint after the first. */
  private static final int SAMPLED = 3;

  /**
   * @param stored the resource as stored (e.g. its MongoDB document as JSON) once its outbox is
   *     published, to compare before and after each request
   * @param pairs random pairs of field mutations per endpoint, drawn from {@code seed}
   */
  public BadInputFuzz(MockMvc mvc, Function<String, String> stored, long seed, int pairs) {
    this.mvc = mvc;
    this.stored = stored;
    this.seed = seed;
    this.pairs = pairs;
    this.random = new java.util.Random(seed);
  }

  /** Sends every bad variant to {@code endpoint}, then its valid body, which must be accepted. */
  public void fuzz(Endpoint endpoint, Subjects subjects) throws Exception {
    String subject = subjects.fresh();
    for (Variant variant :
        BadBodies.of(
            endpoint.validBody(), endpoint.fields(), endpoint.bodyOptional(), seed, pairs)) {
      subject = send(endpoint, subject, subject, variant.name(), variant, null, subjects);
    }
    Variant valid =
        new Variant("valid body", BadBodies.JSON, endpoint.validBody(), Expect.ACCEPTED);
    if (endpoint.path().contains("{id}")) {
      Variant refused =
          new Variant("valid body", BadBodies.JSON, endpoint.validBody(), Expect.REJECTED);
      boolean all = firstWithAnId;
      firstWithAnId = false;
      for (String ifMatch : all ? BAD_IF_MATCHES : sample(BAD_IF_MATCHES)) {
        String what = "If-Match " + abbreviated(ifMatch);
        subject = send(endpoint, subject, subject, what, refused, ifMatch, subjects);
      }
      for (String id : all ? BAD_IDS : sample(BAD_IDS)) {
        subject = send(endpoint, subject, id, "id " + abbreviated(id), refused, null, subjects);
      }
    }
    send(endpoint, subject, subject, "valid body", valid, null, subjects);
  }

  /**
   * Takes every transition from a fresh resource in every state: one the resource's {@code
   * allowedActions} do not list must be refused like bad input (a problem, nothing changed), one
   * they list must be accepted.
   *
   * @return how many were refused
   */
  public int transitions(
      Map<String, Subjects> states, List<Transition> transitions, AllowedActions allowedActions)
      throws Exception {
    int refused = 0;
    for (Map.Entry<String, Subjects> state : states.entrySet()) {
      for (Transition transition : transitions) {
        String id = state.getValue().fresh();
        boolean allowed =
            allowedActions.of(id, transition.user()).stream()
                .anyMatch(transition.actions()::contains);
        String label = state.getKey() + " -> " + transition.path();
        String before = stored.apply(id);
        MockHttpServletResponse response =
            post(
                transition.path().replace("{id}", id),
                transition.user(),
                BadBodies.JSON,
                transition.body().getBytes(StandardCharsets.UTF_8),
                null);
        boolean accepted = check(label, response, id, before);
        refused += accepted ? 0 : 1;
        if (accepted != allowed) {
          failures.add(
              label
                  + ": allowedActions say "
                  + (allowed ? "allowed" : "forbidden")
                  + " but the API answered "
                  + response.getStatus()
                  + " "
                  + abbreviated(text(response)));
        }
      }
    }
    return refused;
  }

  /** A seeded few of {@code values}: the first endpoint with an id gets them all. */
  private List<String> sample(List<String> values) {
    List<String> shuffled = new ArrayList<>(values);
    java.util.Collections.shuffle(shuffled, random);
    return shuffled.subList(0, SAMPLED);
  }

  /** What broke the rules, one line each; empty when the API kept its promise. */
  public List<String> failures() {
    return List.copyOf(failures);
  }

  /** The resources a 2xx changed, whose events must all have been published. */
  public Set<String> changed() {
    return Set.copyOf(changed);
  }

  public int sent() {
    return sent;
  }

  /**
   * Checks one answer: no 5xx, a problem body with every 4xx, the resource unchanged after it.
   *
   * @return whether the request was accepted (2xx)
   */
  public boolean check(
      String label, MockHttpServletResponse response, String subject, String before) {
    int status = response.getStatus();
    if (status < 200 || status >= 500 || (status >= 300 && status < 400)) {
      failures.add(label + " -> " + status + " " + abbreviated(text(response)));
      return false;
    }
    if (status >= 400) {
      problemBodyOf(label, response);
      String after = stored.apply(subject);
      if (!after.equals(before)) {
        failures.add(label + " -> " + status + " but the stored resource changed");
      }
      return false;
    }
    changed.add(subject);
    return true;
  }

  /** Sends a POST as {@code user} (password = user name). */
  public MockHttpServletResponse post(
      String path, String user, String contentType, byte[] body, String ifMatch) throws Exception {
    sent++;
    MockHttpServletRequestBuilder request =
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(URI.create(path))
            .with(httpBasic(user, user))
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .content(withNow(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private static byte[] withNow(byte[] body) {
    String text = new String(body, StandardCharsets.ISO_8859_1);
    return text.contains(NOW)
        ? text.replace(NOW, Instant.now().toString()).getBytes(StandardCharsets.ISO_8859_1)
        : body;
  }

  private String send(
      Endpoint endpoint,
      String subject,
      String id,
      String what,
      Variant variant,
      String ifMatch,
      Subjects subjects)
      throws Exception {
    String label = endpoint.name() + ": " + abbreviated(what);
    String before = stored.apply(subject);
    MockHttpServletResponse response =
        post(
            endpoint.path().replace("{id}", id),
            endpoint.user(),
            variant.contentType(),
            variant.body(),
            ifMatch);
    boolean accepted = check(label, response, subject, before);
    int status = response.getStatus();
    if (accepted && variant.expect() == Expect.REJECTED) {
      failures.add(label + " -> " + status + ": accepted input it must refuse");
    }
    if (!accepted && status >= 400 && status < 500 && variant.expect() == Expect.ACCEPTED) {
      failures.add(
          label + " -> " + status + ": refused acceptable input: " + abbreviated(text(response)));
    }
    return accepted ? subjects.fresh() : subject;
  }

  private void problemBodyOf(String label, MockHttpServletResponse response) {
    String contentType = response.getContentType();
    if (contentType == null
        || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(
            MediaType.parseMediaType(contentType))) {
      failures.add(
          label + " -> " + response.getStatus() + " without a problem body (" + contentType + ")");
      return;
    }
    try {
      JsonNode problem = JSON.readTree(text(response));
      if (problem.path("status").asInt() != response.getStatus()
          || problem.path("title").asString("").isBlank()) {
        failures.add(label + " -> problem without status or title: " + abbreviated(text(response)));
      }
    } catch (RuntimeException e) {
      failures.add(label + " -> unreadable problem body: " + e.getMessage());
    }
  }

  private static String text(MockHttpServletResponse response) {
    try {
      return response.getContentAsString(StandardCharsets.UTF_8);
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviated(String text) {
    return text.length() <= 120 ? text : text.substring(0, 120) + "…(" + text.length() + ")";
  }
}
