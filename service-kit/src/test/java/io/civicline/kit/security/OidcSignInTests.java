package io.civicline.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.testing.CityIdentityProvider;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signing in through a real OpenID Connect provider (Spring Authorization Server, started here):
 * the API takes its bearer tokens, the console signs in with the authorization code flow, as a
 * browser does it, and roles and department come from the provider's claims.
 */
@SpringBootTest(
    classes = {SecuredTestApp.class, OidcSignInTests.Scope.class},
    webEnvironment = WebEnvironment.DEFINED_PORT)
class OidcSignInTests {

  static final int PORT = freePort();
  static final String CONSOLE = "http://127.0.0.1:" + PORT;

  static final CityIdentityProvider PROVIDER =
      CityIdentityProvider.start(
          CONSOLE,
          Map.of(
              "agent", Map.of("roles", List.of("AGENT")),
              "heating", Map.of("roles", List.of("DEPARTMENT"), "department", "HEATING_CO"),
              "manager", Map.of("roles", List.of("MANAGER")),
              "stranger", Map.of("roles", List.of("AGENT"))));

  @DynamicPropertySource
  static void issuer(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("civicline.security.oidc.issuer-uri", PROVIDER::issuer);
    registry.add("civicline.security.oidc.client-id", () -> CityIdentityProvider.CLIENT_ID);
    registry.add("civicline.security.oidc.client-secret", () -> CityIdentityProvider.CLIENT_SECRET);
    registry.add("civicline.security.oidc.audience", () -> CityIdentityProvider.CLIENT_ID);
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.close();
  }

  final Browser browser = new Browser();

  @Test
  void aClientCredentialsTokenWithTheRoleIsLetInAndCarriesItsDepartment() throws Exception {
    assertThat(api("/api/ping", token("agent")).statusCode()).isEqualTo(200);
    HttpResponse<String> scope = api("/api/scope", token("heating"));
    assertThat(scope.statusCode()).isEqualTo(200);
    assertThat(scope.body()).isEqualTo("heating [DEPARTMENT] HEATING_CO");
  }

  @Test
  void aTokenWithoutTheRoleIs403AndNoTokenIs401() throws Exception {
    assertThat(api("/api/ping", token("manager")).statusCode()).isEqualTo(403);
    assertThat(api("/api/ping", null).statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() throws Exception {
    assertThat(api("/api/ping", token("stranger")).statusCode()).isEqualTo(401);
  }

  @Test
  void theConsoleSignsInThroughTheProviderWithPkceAndTakesRoleAndDepartmentFromClaims()
      throws Exception {
    HttpResponse<String> page = browser.open(CONSOLE + "/scope");
    assertThat(page.uri().toString()).startsWith(PROVIDER.issuer() + "/login");
    assertThat(browser.visited)
        .anySatisfy(
            url ->
                assertThat(url)
                    .startsWith(PROVIDER.issuer() + "/oauth2/authorize")
                    .contains("code_challenge="));

    page = browser.signIn(page, "heating");

    assertThat(page.uri().toString()).startsWith(CONSOLE + "/scope");
    assertThat(page.body()).startsWith("heating [DEPARTMENT] HEATING_CO");
  }

  @Test
  void signingOutEndsTheConsoleSessionAndTheProviders() throws Exception {
    HttpResponse<String> page = browser.signIn(browser.open(CONSOLE + "/scope"), "agent");
    assertThat(page.body()).startsWith("agent [AGENT] null");

    page = browser.post(CONSOLE + "/logout", "_csrf=" + csrfOf(page.body()));
    assertThat(browser.visited)
        .anySatisfy(url -> assertThat(url).startsWith(PROVIDER.issuer() + "/connect/logout"));
    assertThat(page.uri().toString()).startsWith(PROVIDER.issuer() + "/login");

    assertThat(browser.open(CONSOLE + "/scope").uri().toString())
        .startsWith(PROVIDER.issuer() + "/login");
  }

  private static String token(String client) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((client + ":" + client).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(PROVIDER.issuer() + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    return find("\"access_token\"\\s*:\\s*\"([^\"]+)\"", answer.body());
  }

  private static HttpResponse<String> api(String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(CONSOLE + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String csrfOf(String body) {
    return find("csrf=(\\S+)", body);
  }

  private static String find(String regex, String text) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
    return matcher.group(1);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A page and an API call that show whom the service sees: name, roles, department. */
  @RestController
  static class Scope {

    /** Any signed-in user may ask (the kit refuses what no rule names). */
    @Bean
    static ApiAccessRules scopeRule() {
      return rules -> rules.requestMatchers(ApiAccessRules.reads("/api/scope")).authenticated();
    }

    private final StaffProfiles profiles;

    Scope(StaffProfiles profiles) {
      this.profiles = profiles;
    }

    @GetMapping("/api/scope")
    String api(Authentication user) {
      StaffProfile profile = profiles.of(user);
      return profile.userName() + " " + profile.roles() + " " + profile.department();
    }

    @GetMapping("/scope")
    String page(Authentication user, CsrfToken csrf) {
      return api(user) + " csrf=" + csrf.getToken();
    }
  }

  /** A browser: keeps cookies, follows redirects one by one (remembering them), posts forms. */
  static final class Browser {

    final List<String> visited = new ArrayList<>();
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> open(String url) throws Exception {
      return follow(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> post(String url, String form) throws Exception {
      return follow(
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Fills in and sends the provider's sign-in form shown on {@code page}. */
    HttpResponse<String> signIn(HttpResponse<String> page, String user) throws Exception {
      String csrf = find("name=\"_csrf\"[^>]*value=\"([^\"]+)\"", page.body());
      return post(
          page.uri().resolve("/login").toString(),
          "username=" + user + "&password=" + user + "&_csrf=" + encode(csrf));
    }

    private HttpResponse<String> follow(HttpRequest.Builder request) throws Exception {
      HttpResponse<String> answer =
          http.send(
              request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
      visited.add(answer.uri().toString());
      while (answer.statusCode() / 100 == 3) {
        URI next = answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
        answer =
            http.send(
                HttpRequest.newBuilder(next).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        visited.add(answer.uri().toString());
      }
      return answer;
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }
}
