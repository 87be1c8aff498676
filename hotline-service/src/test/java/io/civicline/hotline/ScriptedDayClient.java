package io.civicline.hotline;

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
 * The scripted day's HTTP side: the real API on the test server's port, HTTP Basic, JSON, over the
 * JDK client's HTTP/1.1 keep-alive connections. It counts every request and answer and remembers
 * every 5xx, whatever the step expected.
 */
final class ScriptedDayClient implements AutoCloseable {

  static final User AGENT = new User("agent", "agent");
  static final User HEATING = new User("heating", "heating");

  /** The staff user of a department, as {@link ScriptedDayTests} configures one for each. */
  static User staffOf(String department) {
    String name = department.toLowerCase(java.util.Locale.ROOT);
    return new User(name, name);
  }

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** A test user and their Basic credentials. */
  record User(String name, String password) {

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
  record Answer(
      String request, int status, String etag, String contentType, JsonNode body, String text) {

    boolean isProblem() {
      return contentType != null && contentType.startsWith("application/problem+json");
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
            Thread thread = new Thread(runnable, "scripted-day-racer");
            thread.setDaemon(true);
            return thread;
          });
  private final String base;
  private final LongAdder requests = new LongAdder();
  private final Map<Integer, LongAdder> statuses = new ConcurrentSkipListMap<>();
  private final Queue<String> serverErrors = new ConcurrentLinkedQueue<>();

  ScriptedDayClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  Answer get(User user, String path) {
    return send("GET " + path + " as " + user, builder(user, path).GET().build());
  }

  Answer post(User user, String path, String ifMatch, Map<String, ?> body) {
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
   * Sends two requests at the same moment, each on its own thread and connection, and returns both
   * answers in the order given.
   */
  List<Answer> atOnce(Callable<Answer> first, Callable<Answer> second) {
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

  long requests() {
    return requests.sum();
  }

  Map<Integer, Long> statuses() {
    Map<Integer, Long> counts = new ConcurrentSkipListMap<>();
    statuses.forEach((status, count) -> counts.put(status, count.sum()));
    return counts;
  }

  Queue<String> serverErrors() {
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
