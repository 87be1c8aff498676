package io.civicline.kit.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The city's OpenID Connect identity provider. With {@code issuer-uri} set, the consoles sign in
 * through it (authorization code with PKCE) and the API takes its access tokens; the configured
 * users are then not used.
 *
 * @param issuerUri the issuer, e.g. {@code https://sso.city.example/realms/city}
 * @param clientId the client registered for the consoles
 * @param clientSecret its secret; blank for a public client
 * @param audience when set, a bearer token must name it in {@code aud}
 * @param userNameClaim the claim that names a user (default {@code sub}); the access log, the
 *     roster and assignments use this name
 * @param scopes what the consoles ask for at sign-in (default {@code openid profile})
 */
@ConfigurationProperties(OidcProperties.PREFIX)
public record OidcProperties(
    String issuerUri,
    String clientId,
    String clientSecret,
    String audience,
    String userNameClaim,
    List<String> scopes) {

  static final String PREFIX = "civicline.security.oidc";

  public OidcProperties {
    userNameClaim = StringUtils.hasText(userNameClaim) ? userNameClaim : "sub";
    scopes =
        scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
  }

  /** The one switch: an issuer is configured. */
  static boolean configured(Environment environment) {
    return StringUtils.hasText(environment.getProperty(PREFIX + ".issuer-uri"));
  }

  /** The claim that names a user, for bearer tokens whether or not the consoles use OIDC. */
  static String userNameClaim(Environment environment) {
    return environment.getProperty(PREFIX + ".user-name-claim", "sub");
  }
}
