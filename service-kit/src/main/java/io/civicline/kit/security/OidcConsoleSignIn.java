package io.civicline.kit.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The consoles' sign-in through the identity provider: a browser without a session goes to the
 * provider (authorization code with PKCE), comes back with its roles and scope from the ID token
 * and userinfo claims, and signing out ends the local session and, where the provider offers it,
 * the provider's too (RP-initiated logout), then returns to the console.
 */
final class OidcConsoleSignIn {

  private final ClientRegistrationRepository registrations;

  OidcConsoleSignIn(ClientRegistrationRepository registrations) {
    this.registrations = registrations;
  }

  /** Replaces the pages' form and HTTP Basic sign-in with the provider's. */
  void apply(HttpSecurity http) {
    OidcClientInitiatedLogoutSuccessHandler providerLogout =
        new OidcClientInitiatedLogoutSuccessHandler(registrations);
    providerLogout.setPostLogoutRedirectUri("{baseUrl}/");
    providerLogout.setDefaultTargetUrl("/login?logout");
    http.formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .oauth2Login(
            login ->
                login
                    .clientRegistrationRepository(registrations)
                    .userInfoEndpoint(
                        userInfo -> userInfo.userAuthoritiesMapper(RolesClaim.signIn())))
        .logout(logout -> logout.logoutSuccessHandler(providerLogout));
  }
}
