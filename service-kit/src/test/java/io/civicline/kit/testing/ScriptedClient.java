package io.civicline.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP side of a scripted day or month of a case service: the real API on the test server's
 * port, HTTP Basic, JSON, over the JDK client's HTTP/1.1 keep-alive connections. It counts every
 * request and answer and remembers every 5xx, whatever the step expected. A service's script
 * extends it with its users.
 */
public class ScriptedClient implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** A test user and their Basic credentials. */
  public record User(String name, String password) {

    /** A user whose password is their name, as the test users are configured. */
    public User(String name) {
      this(name, name);
    }

    String authorization() {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** One answer: status, ETag, content type and the JSON body (null when empty). */
  public record Answer(
      String request, int status, String etag, String contentType, JsonNode body, String text) {

    public boolean isProblem() {
      return contentType != null && contentType.startsWith("application/problem+json");
    }

    /**
     * A 409 conflict problem carrying the current {@code id} of {@code subject}, unchanged at
     * {@code version} and {@code status}.
     */
    public void assertConflict(Object subject, String id, long version, String status) {
      assertThat(status()).as("%s: %s", subject, this).isEqualTo(409);
      assertThat(isProblem()).as("%s: a problem", this).isTrue();
      assertThat(body.get("type").asString()).isEqualTo("urn:civicline:problem:conflict");
      JsonNode current = body.get("current");
      assertThat(current).as("%s: the 409 carries the current state", this).isNotNull();
      assertThat(current.get("id").asString()).as("%s", this).isEqualTo(id);
      assertThat(current.get("version").asLong()).as("%s: unchanged", this).isEqualTo(version);
      assertThat(current.get("status").asString()).as("%s: unchanged", this).isEqualTo(status);
    }

    @Override
    public String toString() {
      String shown = text.length() > 600 ? text.substring(0, 600) + "…" : text;
      return request + " → " + status + " " + shown;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final ExecutorService racers =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "scripted-racer");
            thread.setDaemon(true);
            return thread;
          });
  private final String base;
  private final LongAdder requests = new LongAdder();
  private final Map<Integer, LongAdder> statuses = new ConcurrentSkipListMap<>();
  private final Queue<String> serverErrors = new ConcurrentLinkedQueue<>();

  protected ScriptedClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public Answer get(User user, String path) {
    return send("GET " + path + " as " + user, builder(user, path).GET().build());
  }

  public Answer post(User user, String path, String ifMatch, Map<String, ?> body) {
    HttpRequest.Builder builder = builder(user, path);
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    if (body == null) {
      builder.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      builder
          .header("Content-Type", "application/json")
          .POST(
              HttpRequest.BodyPublishers.ofString(
                  EventJson.mapper().writeValueAsString(body), StandardCharsets.UTF_8));
    }
    String described =
        "POST "
            + path
            + " as "
            + user
            + (ifMatch == null ? "" : " If-Match " + ifMatch)
            + (body == null ? " (no body)" : " " + body);
    return send(described, builder.build());
  }

  /**
   * POSTs {@code fields} with the version the user saw, the way clients vary by {@code mode}: as an
   * ETag in If-Match, as a weak ETag, in the body, or not at all (and then, for an action without
   * any field, with no body).
   */
  public Answer postSeen(User user, String path, Map<String, ?> fields, long seen, int mode) {
    Map<String, Object> body = new LinkedHashMap<>(fields);
    String ifMatch =
        switch (mode % 4) {
          case 0 -> "\"" + seen + "\"";
          case 1 -> "W/\"" + seen + "\"";
          default -> null;
        };
    if (mode % 4 == 2) {
      body.put("version", seen);
    }
    boolean noBody = mode % 4 == 3 && body.isEmpty();
    return post(user, path, ifMatch, noBody ? null : body);
  }

  /**
   * Sends two requests at the same moment, each on its own thread and connection, and returns both
   * answers in the order given.
   */
  public List<Answer> atOnce(Callable<Answer> first, Callable<Answer> second) {
    CountDownLatch go = new CountDownLatch(1);
    Future<Answer> one = racers.submit(() -> waitThenCall(go, first));
    Future<Answer> two = racers.submit(() -> waitThenCall(go, second));
    go.countDown();
    try {
      return List.of(one.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS), two.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("a racing request failed", e);
    }
  }

  private static Answer waitThenCall(CountDownLatch go, Callable<Answer> call) throws Exception {
    go.await();
    return call.call();
  }

  @Override
  public void close() {
    racers.shutdownNow();
  }

  public long requests() {
    return requests.sum();
  }

  public Map<Integer, Long> statuses() {
    Map<Integer, Long> counts = new ConcurrentSkipListMap<>();
    statuses.forEach((status, count) -> counts.put(status, count.sum()));
    return counts;
  }

  public Queue<String> serverErrors() {
    return serverErrors;
  }

  private HttpRequest.Builder builder(User user, String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(TIMEOUT)
        .header("Authorization", user.authorization())
        .header("Accept", "application/json, application/problem+json");
  }

  /** Synchronous: the JDK client's async API would hop through a thread per answer here. */
  private Answer send(String described, HttpRequest request) {
    requests.increment();
    try {
      return answer(
          described,
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(described, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(described, e);
    }
  }

  private Answer answer(String described, HttpResponse<String> response) {
    int status = response.statusCode();
    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
    String text = response.body() == null ? "" : response.body();
    if (status >= 500) {
      serverErrors.add(described + " → " + status + " " + text);
    }
    JsonNode body = null;
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    if (!text.isBlank() && contentType != null && contentType.contains("json")) {
      body = EventJson.mapper().readTree(text);
    }
    return new Answer(
        described,
        status,
        response.headers().firstValue("ETag").orElse(null),
        contentType,
        body,
        text);
  }
}
