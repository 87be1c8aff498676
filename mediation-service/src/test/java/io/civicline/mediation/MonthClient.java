package io.civicline.mediation;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The scripted month's HTTP side: the real API on the test server's port, HTTP Basic, JSON. It
 * counts every answer by status and remembers every 5xx, whatever the step expected.
 */
final class MonthClient {

  /** A test user; the password is the name. */
  record User(String name) {

    String authorization() {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((name + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** One answer: status, ETag and the JSON body (null when empty). */
  record Answer(String request, int status, String etag, JsonNode body, String text) {

    @Override
    public String toString() {
      String shown = text.length() > 500 ? text.substring(0, 500) + "…" : text;
      return request + " → " + status + " " + shown;
    }
  }

  static final User MEDIATOR = new User("mediator");
  static final User MEDIATOR2 = new User("mediator2");
  static final User ADMIN = new User("admin");

  /** The mediation lead of the district YIMEI. */
  static final User LEAD = new User("lead");

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final ExecutorService racers =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "scripted-month-racer");
            thread.setDaemon(true);
            return thread;
          });
  private final String base;
  private final Map<Integer, LongAdder> statuses = new ConcurrentSkipListMap<>();
  private final Queue<String> serverErrors = new ConcurrentLinkedQueue<>();

  MonthClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  Answer get(User user, String path) {
    return send("GET " + path + " as " + user, builder(user, path).GET().build());
  }

  Answer post(User user, String path, String ifMatch, Map<String, ?> body) {
    HttpRequest.Builder builder =
        builder(user, path)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    EventJson.mapper().writeValueAsString(body), StandardCharsets.UTF_8));
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    String described =
        "POST " + path + " as " + user + (ifMatch == null ? "" : " If-Match " + ifMatch) + body;
    return send(described, builder.build());
  }

  /** Sends two requests at the same moment and returns both answers in the order given. */
  List<Answer> atOnce(Supplier<Answer> first, Supplier<Answer> second) {
    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<Answer> one = CompletableFuture.supplyAsync(() -> after(go, first), racers);
    CompletableFuture<Answer> two = CompletableFuture.supplyAsync(() -> after(go, second), racers);
    go.countDown();
    return List.of(one.join(), two.join());
  }

  Map<Integer, Long> statuses() {
    Map<Integer, Long> counts = new ConcurrentSkipListMap<>();
    statuses.forEach((status, count) -> counts.put(status, count.sum()));
    return counts;
  }

  Queue<String> serverErrors() {
    return serverErrors;
  }

  private static Answer after(CountDownLatch go, Supplier<Answer> call) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return call.get();
  }

  private HttpRequest.Builder builder(User user, String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(TIMEOUT)
        .header("Authorization", user.authorization())
        .header("Accept", "application/json, application/problem+json");
  }

  private Answer send(String described, HttpRequest request) {
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      int status = response.statusCode();
      statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
      String text = response.body() == null ? "" : response.body();
      if (status >= 500) {
        serverErrors.add(described + " → " + status + " " + text);
      }
      JsonNode body = text.isBlank() ? null : EventJson.mapper().readTree(text);
      return new Answer(
          described, status, response.headers().firstValue("ETag").orElse(null), body, text);
    } catch (IOException e) {
      throw new UncheckedIOException(described, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(described, e);
    }
  }
}
