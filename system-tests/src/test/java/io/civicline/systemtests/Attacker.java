package io.civicline.systemtests;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP as someone probing the stack would send it: any method, any user and password (or none),
 * query strings sent byte for byte as written, and a browser's cookie jar for the sign-in form.
 */
final class Attacker {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .cookieHandler(new CookieManager())
          .build();

  /** {@code method path} as {@code user} with password = user name; null user: nobody. */
  HttpResponse<String> send(int port, String method, String path, String user, String body)
      throws Exception {
    return send(port, method, path, user, user, body);
  }

  HttpResponse<String> send(
      int port, String method, String path, String user, String password, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, application/problem+json, text/html")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      String credentials = user + ":" + password;
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in through the login form as a browser does (its CSRF token and session cookie). */
  HttpResponse<String> signInForm(int port, String user, String password) throws Exception {
    HttpResponse<String> page = send(port, "GET", "/login", null, null);
    Matcher token = CSRF.matcher(page.body());
    String form =
        "username="
            + user
            + "&password="
            + password
            + (token.find() ? "&_csrf=" + token.group(1) : "");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
