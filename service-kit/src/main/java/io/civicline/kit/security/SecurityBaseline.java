package io.civicline.kit.security;

import io.civicline.kit.staff.StaffDirectory;
import io.civicline.kit.staff.StaffUsers;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * The security every service starts from: the API ({@code /api/**}) takes HTTP Basic, or a JWT when
 * an issuer is set ({@code civicline.security.oidc.issuer-uri}, see {@link OidcSignIn}, or {@code
 * spring.security.oauth2.resourceserver.jwt.issuer-uri}), and answers 401/403 as problems; pages
 * use a login form, or the OIDC provider's sign-in; health and the API docs are open.
 */
@AutoConfiguration
// A command run of a service (e.g. the stats rebuild) has no web server to secure.
@ConditionalOnWebApplication
@EnableConfigurationProperties(UsersProperties.class)
public class SecurityBaseline {

  static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

  /** Services with Thymeleaf get the bilingual login page; others Spring Security's own. */
  private static final boolean BILINGUAL_LOGIN_PAGE =
      ClassUtils.isPresent("org.thymeleaf.spring6.SpringTemplateEngine", null);

  @Bean
  @ConditionalOnClass(name = "org.thymeleaf.spring6.SpringTemplateEngine")
  LoginPage loginPage(
      @Value("${civicline.console.name:${spring.application.name:civicline}}") String appName) {
    return new LoginPage(appName);
  }

  /**
   * Passwords with their encoding prefix ({@code {bcrypt}}, {@code {noop}} …); a successful match
   * is remembered for {@code civicline.security.password-memory} (default 10 minutes, 0 = never) so
   * that HTTP Basic clients do not pay a BCrypt check on every call.
   */
  @Bean
  @ConditionalOnMissingBean
  PasswordEncoder passwordEncoder(
      @Value("${civicline.security.password-memory:10m}") Duration memory) {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    return memory.isZero()
        ? encoder
        : new RememberingPasswordEncoder(encoder, memory, Clock.systemUTC());
  }

  @Bean
  @ConditionalOnMissingBean
  UserDetailsService configuredUsers(
      UsersProperties properties, ObjectProvider<StaffDirectory> directory) {
    List<UserDetails> users =
        properties.users().entrySet().stream()
            .map(
                entry ->
                    User.withUsername(entry.getKey())
                        .password(entry.getValue().password())
                        .roles(entry.getValue().roles().toArray(String[]::new))
                        .build())
            .toList();
    UserDetailsService configured = new InMemoryUserDetailsManager(users);
    StaffDirectory stored = directory.getIfAvailable();
    return stored == null ? configured : new StaffUsers(stored, configured);
  }

  @Bean
  @ConditionalOnMissingBean
  StaffProfiles staffProfiles(UsersProperties users, ObjectProvider<StaffDirectory> directory) {
    return new StaffProfiles(users, directory.getIfAvailable());
  }

  /** What the firewall refuses is a 400 problem on the API, not a bare status. */
  @Bean
  @ConditionalOnMissingBean
  RequestRejectedHandler requestRejectedHandler() {
    return new RejectedRequestProblems();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(
      HttpSecurity http, ObjectProvider<ApiAccessRules> serviceRules, Environment environment)
      throws Exception {
    boolean jwt =
        StringUtils.hasText(environment.getProperty(ISSUER_URI))
            || OidcProperties.configured(environment);
    ProblemSecurityResponses problems = new ProblemSecurityResponses(!jwt);
    http.securityMatcher("/api/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .exceptionHandling(
            handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .authorizeHttpRequests(
            rules -> {
              serviceRules.orderedStream().forEach(rule -> rule.apply(rules));
              rules.anyRequest().authenticated();
            });
    if (jwt) {
      http.oauth2ResourceServer(
          server ->
              server
                  .authenticationEntryPoint(problems)
                  .accessDeniedHandler(problems)
                  .jwt(
                      token ->
                          token.jwtAuthenticationConverter(
                              RolesClaim.bearerTokens(OidcProperties.userNameClaim(environment)))));
    } else {
      http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
    }
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<OidcConsoleSignIn> oidc)
      throws Exception {
    http.authorizeHttpRequests(
            rules ->
                rules
                    .requestMatchers(
                        "/actuator/health/**",
                        "/actuator/health",
                        "/actuator/info",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**",
                        "/login",
                        "/error",
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole(Roles.ADMIN)
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form -> {
              if (BILINGUAL_LOGIN_PAGE) {
                form.loginPage("/login");
              }
            })
        .httpBasic(Customizer.withDefaults())
        .logout(Customizer.withDefaults());
    oidc.ifAvailable(provider -> provider.apply(http));
    return http.build();
  }
}
