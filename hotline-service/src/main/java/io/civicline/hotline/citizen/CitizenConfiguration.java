package io.civicline.hotline.citizen;

import io.civicline.kit.security.PublicDoor;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The citizen page's settings ({@link CitizenProperties}), guards and door, open to everyone
 * ({@link PublicDoor}): its forms act for nobody signed in, and the challenge's signed token is
 * their anti-forgery token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CitizenProperties.class)
class CitizenConfiguration {

  @Bean
  CitizenChallenge citizenChallenge(CitizenProperties properties, Clock clock) {
    return new CitizenChallenge(
        properties.challengeSecret(), properties.challengeValidity(), clock);
  }

  @Bean
  CitizenLimits citizenLimits(CitizenProperties properties, Clock clock) {
    return new CitizenLimits(properties, clock);
  }

  /** The largest body a citizen form may send, checked before anything reads it (413). */
  @Bean
  FilterRegistrationBean<RequestBodyLimit> citizenBodyLimit(CitizenProperties properties) {
    FilterRegistrationBean<RequestBodyLimit> registration =
        new FilterRegistrationBean<>(
            new RequestBodyLimit(properties.maxRequestSize().toBytes(), CitizenPages.PATH + "/"));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }

  @Bean
  @Order(1)
  SecurityFilterChain citizenDoor(HttpSecurity http) throws Exception {
    return PublicDoor.chain(http, CitizenPages.PATH + "/**");
  }
}
