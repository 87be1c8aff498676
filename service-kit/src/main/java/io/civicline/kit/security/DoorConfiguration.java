package io.civicline.kit.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What guards the door of every service: sign-ins checked by {@link GuardedSignIn}, weak configured
 * passwords refused at start-up outside the {@code dev} profile, and cookies {@code SameSite=Lax}.
 * (Tomcat marks the session cookie {@code Secure} itself when the request is; behind a proxy that
 * ends TLS, {@code server.forward-headers-strategy} tells it so.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInLimits.class)
class DoorConfiguration {

  @Bean
  GuardedSignIn guardedSignIn(
      UserDetailsService users,
      PasswordEncoder encoder,
      SignInLimits limits,
      ObjectProvider<MeterRegistry> meters) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
    passwords.setPasswordEncoder(encoder);
    return new GuardedSignIn(
        passwords, limits, meters.getIfAvailable(SimpleMeterRegistry::new), Clock.systemUTC());
  }

  @Bean
  InitializingBean weakPasswordsRefused(
      UsersProperties users, PasswordEncoder encoder, Environment environment) {
    return () -> WeakPasswords.refuse(users, encoder, environment);
  }

  @Bean
  CookieSameSiteSupplier cookiesSameSiteLax() {
    return CookieSameSiteSupplier.ofLax();
  }
}
