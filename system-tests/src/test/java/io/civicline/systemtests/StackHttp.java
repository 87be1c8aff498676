package io.civicline.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the services of a running stack as one of the demo users (HTTP Basic, password = user
 * name). Remembers every 5xx answer but the documented 503 with {@code Retry-After} of a service
 * that is not ready yet (stats-service while Kafka Streams rebalances), so that a test can check
 * none came. Safe to share between threads.
 */
final class StackHttp {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final JsonMapper json = JsonMapper.builder().build();
  private final Queue<String> serverErrors = new ConcurrentLinkedQueue<>();

  /** The body of a GET answered 200; any other status throws {@link IllegalStateException}. */
  String get(int port, String path, String user) throws Exception {
    HttpResponse<String> response = fetch(port, path, user);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  /** GETs a path; the answer whatever its status. */
  HttpResponse<String> fetch(int port, String path, String user) throws Exception {
    return send(request(port, path, user).GET().build(), "GET " + path);
  }

  /** {@link #get} read as JSON. */
  JsonNode getJson(int port, String path, String user) throws Exception {
    return json(get(port, path, user));
  }

  /** POSTs a JSON body; the answer whatever its status. */
  HttpResponse<String> post(int port, String path, String user, String body) throws Exception {
    return send(
        request(port, path, user)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        "POST " + path);
  }

  JsonNode json(String body) {
    return json.readTree(body);
  }

  /** Every 5xx answer so far but a 503 "retry later": method, path, status and body. */
  List<String> serverErrors() {
    return new ArrayList<>(serverErrors);
  }

  private HttpResponse<String> send(HttpRequest request, String what) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    boolean notReadyYet =
        response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent();
    if (response.statusCode() >= 500 && !notReadyYet) {
      serverErrors.add(what + " -> " + response.statusCode() + " " + response.body());
    }
    return response;
  }

  private static HttpRequest.Builder request(int port, String path, String user) {
    String credentials = user + ":" + user;
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }
}
