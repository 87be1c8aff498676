package io.civicline.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service started as in production, without the {@code dev} profile: it refuses to start with a
 * password anyone could guess, and keeps its API documents for signed-in users.
 */
class OutsideDevProfileTests {

  /** BCrypt (cost 4, for speed) of "auditor" and of "s3cret-Auditor-pass". */
  static final String AUDITOR_AS_PASSWORD =
      "{bcrypt}$2a$04$qEEJSqenhZBUNkHfOXJf6OL2ai/X7HRAIx10PlmvKOyMsonz/m24y";

  static final String STRONG_PASSWORD =
      "{bcrypt}$2a$04$9/jDLWZ39lKAYt0Jm7TJOOMTVzSkGLgwnMga4oKScUwWh5pVCe/pa";

  @Test
  void aPasswordStoredInClearStopsTheStartAndSaysWhich() {
    assertThatThrownBy(() -> start("{noop}opensesame").close())
        .rootCause()
        .hasMessageContaining("civicline.security.users.auditor.password is stored in clear")
        .hasMessageContaining("--spring.profiles.active=dev");
  }

  @Test
  void aPasswordEqualToTheUserNameStopsTheStart() {
    assertThatThrownBy(() -> start(AUDITOR_AS_PASSWORD).close())
        .rootCause()
        .hasMessageContaining("civicline.security.users.auditor.password equals the user name");
  }

  @Test
  void theApiDocumentsAreForSignedInUsersOnly() throws Exception {
    try (ConfigurableApplicationContext service = start(STRONG_PASSWORD)) {
      int port = ((WebServerApplicationContext) service).getWebServer().getPort();

      assertThat(docs(port, null).statusCode()).isNotEqualTo(200);
      assertThat(docs(port, "auditor:s3cret-Auditor-pass").statusCode()).isEqualTo(200);
    }
  }

  private static ConfigurableApplicationContext start(String password) {
    return new SpringApplicationBuilder(SecuredTestApp.class)
        .properties(
            "server.port=0",
            "civicline.security.users.auditor.password=" + password,
            "civicline.security.users.auditor.roles=MANAGER")
        .run();
  }

  private static HttpResponse<String> docs(int port, String credentials) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"));
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
