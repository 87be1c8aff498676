package io.civicline.kit.testing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider (Spring Authorization Server) on a random port of {@code
 * localhost}, for tests of signing in through one. The consoles' client {@code civicline} (secret
 * {@code secret}, PKCE required) and the users' and machine clients' claims are given at start. The
 * services under test run on {@code 127.0.0.1}, so their session cookies and the provider's never
 * mix in one cookie jar.
 *
 * @param issuer the provider's issuer, {@code http://localhost:<port>}
 */
public record CityIdentityProvider(ConfigurableApplicationContext context, String issuer)
    implements AutoCloseable {

  public static final String CLIENT_ID = "civicline";
  public static final String CLIENT_SECRET = "secret";

  /**
   * @param consoleBaseUrl where the console under test runs, e.g. {@code http://127.0.0.1:8081}
   * @param claims per user name (who signs in, password = name) or client id (client credentials)
   *     the claims of its tokens ({@code roles}, {@code department} …); a client named here may
   *     take tokens by client credentials with its name as secret, and its access tokens are for
   *     the audience {@code civicline}, unless it is named {@code stranger}
   */
  public static CityIdentityProvider start(
      String consoleBaseUrl, Map<String, Map<String, Object>> claims) {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(Provider.class)
            .web(WebApplicationType.SERVLET)
            .initializers(
                app ->
                    app.getBeanFactory()
                        .registerSingleton("clientsAndClaims", new Setup(consoleBaseUrl, claims)))
            .properties("server.port=0", "spring.main.banner-mode=off")
            .run();
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return new CityIdentityProvider(context, "http://localhost:" + port);
  }

  @Override
  public void close() {
    context.close();
  }

  record Setup(String consoleBaseUrl, Map<String, Map<String, Object>> claims) {}

  @EnableWebSecurity
  @ImportAutoConfiguration({
    TomcatServletWebServerAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
  })
  static class Provider {

    @Bean
    @Order(1)
    SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
      http.oauth2AuthorizationServer(
              server -> {
                http.securityMatcher(server.getEndpointsMatcher());
                server.oidc(Customizer.withDefaults());
              })
          .authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
          .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
          .exceptionHandling(
              handling ->
                  handling.defaultAuthenticationEntryPointFor(
                      new LoginUrlAuthenticationEntryPoint("/login"),
                      new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
      return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
      http.authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
          .formLogin(Customizer.withDefaults());
      return http.build();
    }

    @Bean
    UserDetailsService users(Setup setup) {
      return new InMemoryUserDetailsManager(
          setup.claims().keySet().stream()
              .map(name -> User.withUsername(name).password("{noop}" + name).build())
              .toList());
    }

    @Bean
    RegisteredClientRepository clients(Setup setup) {
      List<RegisteredClient> clients =
          new ArrayList<>(
              setup.claims().keySet().stream()
                  .map(
                      name ->
                          RegisteredClient.withId(UUID.randomUUID().toString())
                              .clientId(name)
                              .clientSecret("{noop}" + name)
                              .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                              .build())
                  .toList());
      clients.add(
          RegisteredClient.withId(UUID.randomUUID().toString())
              .clientId(CLIENT_ID)
              .clientSecret("{noop}" + CLIENT_SECRET)
              .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
              .redirectUri(setup.consoleBaseUrl() + "/login/oauth2/code/" + CLIENT_ID)
              .postLogoutRedirectUri(setup.consoleBaseUrl() + "/")
              .scope(OidcScopes.OPENID)
              .scope(OidcScopes.PROFILE)
              .clientSettings(
                  ClientSettings.builder()
                      .requireProofKey(true)
                      .requireAuthorizationConsent(false)
                      .build())
              .build());
      return new InMemoryRegisteredClientRepository(clients);
    }

    /** Each token of a user or client carries its claims; access tokens are for the consoles. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims(Setup setup) {
      return context -> {
        String who = context.getPrincipal().getName();
        setup.claims().getOrDefault(who, Map.of()).forEach(context.getClaims()::claim);
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
            && !who.equals("stranger")) {
          context.getClaims().audience(List.of(CLIENT_ID));
        }
      };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      RSAKey key =
          new RSAKey.Builder((RSAPublicKey) pair.getPublic())
              .privateKey((RSAPrivateKey) pair.getPrivate())
              .keyID(UUID.randomUUID().toString())
              .build();
      return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
      return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings() {
      return AuthorizationServerSettings.builder().build();
    }
  }
}
