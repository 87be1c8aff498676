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
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
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
 * use a login form, or the OIDC provider's sign-in; health is open, and the API docs in the {@code
 * dev} profile (otherwise they need a signed-in user). Every answer carries the {@link
 * PageHeaders}.
 */
@AutoConfiguration
// A command run of a service (e.g. the stats rebuild) has no web server to secure.
@ConditionalOnWebApplication
@EnableConfigurationProperties(UsersProperties.class)
@Import(DoorConfiguration.class)
public class SecurityBaseline {

  static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

  private static final String[] OPEN_PAGES = {
    "/actuator/health/**",
    "/actuator/health",
    "/actuator/info",
    "/login",
    "/error",
    "/webjars/**",
    "/css/**",
    "/js/**",
    "/favicon.ico"
  };

  private static final String[] API_DOCS = {
    "/v3/api-docs/**", "/v3/asyncapi", "/swagger-ui.html", "/swagger-ui/**"
  };

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
    PageHeaders.apply(http);
    http.securityMatcher("/api/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .exceptionHandling(
            handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .authorizeHttpRequests(
            rules -> {
              serviceRules.orderedStream().forEach(rule -> rule.apply(rules));
              // Fails closed: a path or method no rule names (OPTIONS, or a HEAD beside a read
              // named with GET alone) must not fall through to "any signed-in user".
              rules.anyRequest().denyAll();
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
                              new StaffTokens(OidcProperties.userNameClaim(environment)))));
    } else {
      http.httpBasic(
          basic ->
              basic
                  .authenticationEntryPoint(problems)
                  .authenticationDetailsSource(SignInDetails.through(SignInDetails.Door.BASIC)));
    }
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageSecurity(
      HttpSecurity http, Environment environment, ObjectProvider<OidcConsoleSignIn> oidc)
      throws Exception {
    boolean dev = environment.acceptsProfiles(Profiles.of(WeakPasswords.DEV_PROFILE));
    LockedSignInPages lockedSignIns = new LockedSignInPages();
    PageHeaders.apply(http);
    http.authorizeHttpRequests(
            rules -> {
              rules.requestMatchers(OPEN_PAGES).permitAll();
              if (dev) {
                rules.requestMatchers(API_DOCS).permitAll();
              }
              rules.requestMatchers("/actuator/**").hasRole(Roles.ADMIN);
              rules.anyRequest().authenticated();
            })
        .formLogin(
            form -> {
              if (BILINGUAL_LOGIN_PAGE) {
                form.loginPage("/login");
              }
              form.failureHandler(lockedSignIns)
                  .authenticationDetailsSource(SignInDetails.through(SignInDetails.Door.FORM));
            })
        .httpBasic(
            basic ->
                basic
                    .authenticationEntryPoint(lockedSignIns)
                    .authenticationDetailsSource(SignInDetails.through(SignInDetails.Door.BASIC)))
        .logout(Customizer.withDefaults());
    oidc.ifAvailable(provider -> provider.apply(http));
    return http.build();
  }
}
