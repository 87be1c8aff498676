package io.civicline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.kit.testing.OpenApiFuzz;
import io.civicline.kit.testing.OpenApiFuzz.Report;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The figures API through the real door (Tomcat decodes requests as it decodes a client's, which
 * MockMvc skips): the fuzz driven by the API document finds no 5xx and no 4xx without a problem.
 */
@StatsServiceTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class RealPortBadInputTests {

  static final long SEED = Long.getLong("fuzz.seed", 12345L);
  static final int REQUESTS = Integer.getInteger("fuzz.requests", 2_500);

  @LocalServerPort int port;

  @Test
  void noRequestTheApiDocumentDescribesGetsA5xxWhateverIsWrongInIt() throws Exception {
    // Until the figures are read the API answers its documented 503 "retry": fuzz what follows.
    awaitFiguresReadable();
    Report report = new OpenApiFuzz(port, List.of("manager", "admin", "agent")).run(SEED, REQUESTS);
    System.out.printf(
        "OpenAPI fuzz (stats): seed %d, %d requests in %s%n",
        report.seed(), report.sent(), report.took());
    assertThat(report.failures()).isEmpty();
  }

  private void awaitFiguresReadable() {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest figures =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/stats/hotline?period=2026"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("manager:manager".getBytes(StandardCharsets.UTF_8)))
            .build();
    await("the figures readable")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> client.send(figures, BodyHandlers.discarding()).statusCode() == 200);
  }
}
