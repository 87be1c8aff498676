package io.civicline.kit.staff;

import io.civicline.events.ReferenceData;
import io.civicline.kit.security.ApiAccessRules;
import io.civicline.kit.security.UsersProperties;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The city's staff directory when {@code civicline.staff.mongodb-uri} names one (without it only
 * the configured users sign in), and on every service the page and API that change one's own
 * password.
 */
@AutoConfiguration
@ConditionalOnWebApplication
public class StaffConfiguration {

  public static final String MONGODB_URI = "civicline.staff.mongodb-uri";

  /** Any signed-in user changes their own password (the kit refuses what no rule names). */
  @Bean
  ApiAccessRules ownPasswordRule() {
    return rules -> rules.requestMatchers(HttpMethod.POST, OwnPasswordApi.PATH).authenticated();
  }

  @Bean
  OwnPasswordApi ownPasswordApi(ObjectProvider<StaffAccounts> accounts) {
    return new OwnPasswordApi(accounts);
  }

  @Bean
  @ConditionalOnClass(name = "org.thymeleaf.spring6.SpringTemplateEngine")
  PasswordPage passwordPage(ObjectProvider<StaffAccounts> accounts, MessageSource messages) {
    return new PasswordPage(accounts, messages);
  }

  /** The stored accounts, with a MongoDB client of their own. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(MONGODB_URI)
  static class Stored {

    @Bean
    StaffDirectory staffDirectory(
        @Value("${" + MONGODB_URI + "}") String uri,
        @Value("${civicline.mongo.server-selection-timeout:2s}") Duration serverSelection) {
      return new StaffDirectory(uri, serverSelection);
    }

    /** After Spring Security's filters, which have signed the user in by then. */
    @Bean
    FilterRegistrationBean<StoredAccountCheck> storedAccountCheck(StaffDirectory directory) {
      FilterRegistrationBean<StoredAccountCheck> registration =
          new FilterRegistrationBean<>(new StoredAccountCheck(directory));
      registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
      return registration;
    }

    @Bean
    StaffAccounts staffAccounts(
        StaffDirectory directory,
        ReferenceData reference,
        PasswordEncoder encoder,
        UsersProperties configured) {
      return new StaffAccounts(
          directory, new StaffRules(reference), encoder, configured, Clock.systemUTC());
    }
  }
}
