package io.civicline.perf.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON GETs signed in as one of the local stack's demo users (password = user name). */
final class DemoUserClient {

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String authorization;
  private final Duration timeout;

  DemoUserClient(String user) {
    this(user, Duration.ofMinutes(5));
  }

  /** Each request fails with an {@link IOException} once {@code timeout} has passed. */
  DemoUserClient(String user, Duration timeout) {
    this.timeout = timeout;
    authorization = BasicAuth.header(user, user);
  }

  /** The body of a 200 answer; anything else is an {@link IOException} naming the status. */
  String get(String url) throws IOException, InterruptedException {
    return get(url, "application/json");
  }

  /** As {@link #get(String)}, asking for the media type {@code accept}. */
  String get(String url, String accept) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", accept)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
