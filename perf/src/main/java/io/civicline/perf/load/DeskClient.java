package io.civicline.perf.load;

import io.civicline.perf.bench.BasicAuth;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the load's agents, department staff, mediators and managers do over HTTP: JSON requests as a
 * user of the stack (HTTP Basic), over keep-alive connections shared by every client thread. A 503
 * with {@code Retry-After} (a service catching up or rebalancing) is waited out, a few times.
 */
final class DeskClient {

  /** One answer: the status, the body as sent and parsed (a missing node unless JSON). */
  record Answer(int status, String text, JsonNode body) {

    boolean isSuccess() {
      return status >= 200 && status < 300;
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String JSON_TYPE = "application/json";
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final int UNAVAILABLE_RETRIES = 20;

  /**
   * How often, 2 s apart, a record is read to learn whether a step whose answer was lost was taken.
   */
  private static final int LOST_ANSWER_LOOKS = 15;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Map<String, String> passwords;
  private final LongAdder requests = new LongAdder();
  private final LongAdder serverErrors = new LongAdder();

  /**
   * @param passwords password of each user name the load signs in as
   */
  DeskClient(Map<String, String> passwords) {
    this.passwords = Map.copyOf(passwords);
  }

  Answer get(String user, String url) {
    return send(user, HttpRequest.newBuilder(URI.create(url)).GET(), JSON_TYPE);
  }

  Answer post(String user, String url, Object body) {
    String json = JSON.writeValueAsString(body);
    return send(
        user,
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        JSON_TYPE);
  }

  /** Posts and returns the body of a 2xx answer; anything else fails the step. */
  JsonNode ok(String user, String url, Object body) {
    Answer answer = post(user, url, body);
    if (!answer.isSuccess()) {
      throw refused(user, url, answer);
    }
    return answer.body();
  }

  /**
   * Posts an action on a versioned record ({@code body} carries the version last seen) and returns
   * the record after it. A step whose answer is lost (a timeout, a 5xx) may have been taken all the
   * same: the record is then read again as {@code reader}, for a while, and a version past {@code
   * version} means it was, the record read standing for the answer. A 4xx changed nothing.
   */
  JsonNode act(String user, String url, Object body, long version, String reader, String record) {
    Answer answer;
    try {
      answer = post(user, url, body);
    } catch (LoadStepException lost) {
      return takenAnyway(record, reader, version, lost);
    }
    if (answer.isSuccess()) {
      return answer.body();
    }
    LoadStepException failed = refused(user, url, answer);
    if (answer.status() < 500) {
      throw failed;
    }
    return takenAnyway(record, reader, version, failed);
  }

  private JsonNode takenAnyway(String record, String reader, long version, LoadStepException lost) {
    for (int look = 0; look < LOST_ANSWER_LOOKS; look++) {
      JsonNode now = read(reader, record);
      if (now.path("version").asLong() > version) {
        return now;
      }
      sleep(2);
    }
    throw lost;
  }

  private static LoadStepException refused(String user, String url, Answer answer) {
    return new LoadStepException("POST " + url + " as " + user + " → " + answer);
  }

  /** Gets and returns the body of a 2xx answer; anything else fails the step. */
  JsonNode read(String user, String url) {
    Answer answer = get(user, url);
    if (!answer.isSuccess()) {
      throw new LoadStepException("GET " + url + " as " + user + " → " + answer);
    }
    return answer.body();
  }

  /** Gets and returns the text of a 2xx answer (e.g. a CSV); anything else fails the step. */
  String text(String user, String url) {
    Answer answer = send(user, HttpRequest.newBuilder(URI.create(url)).GET(), "*/*");
    if (!answer.isSuccess()) {
      throw new LoadStepException("GET " + url + " as " + user + " → " + answer.status());
    }
    return answer.text();
  }

  long requests() {
    return requests.sum();
  }

  /** Answers 500 and above other than a 503 that was waited out. */
  long serverErrors() {
    return serverErrors.sum();
  }

  private Answer send(String user, HttpRequest.Builder request, String accept) {
    String password = passwords.get(user);
    if (password == null) {
      throw new IllegalArgumentException("no password for user " + user);
    }
    request
        .timeout(REQUEST_TIMEOUT)
        .header("Accept", accept)
        .header("Authorization", BasicAuth.header(user, password));
    HttpRequest built = request.build();
    for (int attempt = 0; ; attempt++) {
      HttpResponse<String> response;
      try {
        requests.increment();
        response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new LoadStepException(built.method() + " " + built.uri() + ": " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LoadStepException("interrupted", e);
      }
      if (response.statusCode() == 503
          && attempt < UNAVAILABLE_RETRIES
          && response.headers().firstValue("Retry-After").isPresent()) {
        pause(response.headers().firstValue("Retry-After").get());
        continue;
      }
      if (response.statusCode() >= 500) {
        serverErrors.increment();
      }
      String text = response.body();
      JsonNode body =
          text == null || text.isBlank() || !text.strip().startsWith("{")
              ? JSON.missingNode()
              : JSON.readTree(text);
      return new Answer(response.statusCode(), text, body);
    }
  }

  private static void pause(String retryAfter) {
    long seconds;
    try {
      seconds = Math.min(Math.max(Long.parseLong(retryAfter.strip()), 1), 5);
    } catch (NumberFormatException e) {
      seconds = 1;
    }
    sleep(seconds);
  }

  private static void sleep(long seconds) {
    try {
      Thread.sleep(seconds * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LoadStepException("interrupted", e);
    }
  }
}
