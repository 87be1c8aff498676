package io.civicline.perf.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client side of {@code POST /api/tickets} as an agent (HTTP Basic), on the JDK HTTP client
 * over HTTP/1.1 keep-alive connections; one instance is shared by every load thread.
 */
final class TicketApi {

  static final int CREATED = 201;

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI tickets;
  private final String authorization;
  private final AtomicLong sequence = new AtomicLong();

  TicketApi(String hotlineUrl, String user, String password) {
    this.tickets = URI.create(hotlineUrl + "/api/tickets");
    this.authorization = BasicAuth.header(user, password);
  }

  /** Sends one new ticket and returns the response status; the body is read and dropped. */
  int create() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(tickets)
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    TicketRequestBody.of(sequence.incrementAndGet()), StandardCharsets.UTF_8))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
