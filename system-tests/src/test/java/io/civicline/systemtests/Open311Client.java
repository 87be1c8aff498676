package io.civicline.systemtests;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** An Open311 client as the specification describes one: GETs, and form-encoded POSTs. */
final class Open311Client {

  /** An answer: status, Content-Type and body as text (UTF-8). */
  record Answer(int status, String contentType, String body) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  Open311Client(int port) {
    this.base = "http://127.0.0.1:" + port + "/open311/v2";
  }

  Answer get(String path) throws Exception {
    return get(path, null);
  }

  Answer get(String path, String language) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return send(request.build());
  }

  /** POSTs {@code fields}, encoded as the specification's example does. */
  Answer post(String path, Map<String, String> fields) throws Exception {
    String form =
        fields.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    return post(path, "application/x-www-form-urlencoded; charset=utf-8", form);
  }

  Answer post(String path, String contentType, String body) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  Answer send(String method, String path) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private Answer send(HttpRequest request) throws Exception {
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        new String(response.body(), StandardCharsets.UTF_8));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
