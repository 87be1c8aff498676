package io.civicline.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The headers a browser gets from a real Tomcat: a Content-Security-Policy without inline code, a
 * Referrer-Policy and Spring Security's hardening headers on pages and API alike, and a session
 * cookie that is {@code SameSite=Lax} (and {@code Secure} only when the request is, so not here).
 */
@SpringBootTest(
    classes = SecuredTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class PageHeadersTests {

  @LocalServerPort int port;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void everyAnswerForbidsInlineCodeFramingAndLeakingTheReferrer() throws Exception {
    for (HttpResponse<String> answer :
        List.of(get("/login", null), get("/api/ping", "agent"), get("/actuator/health", null))) {
      var headers = answer.headers();
      assertThat(headers.firstValue("Content-Security-Policy"))
          .as(answer.uri().toString())
          .hasValue(
              "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                  + " object-src 'none'; base-uri 'self'; form-action 'self';"
                  + " frame-ancestors 'none'");
      assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
      assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    }
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndNotSecureOverPlainHttp() throws Exception {
    String cookie =
        get("/login", null).headers().allValues("Set-Cookie").stream()
            .filter(value -> value.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();

    assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
  }

  @Test
  void inTheDevProfileTheApiDocsAreOpen() throws Exception {
    assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (user != null) {
      String pair = user + ":" + user;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
