package io.civicline.hotline.open311;

import io.civicline.kit.security.PublicDoor;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** GeoReport v2's settings and its door, open to everyone ({@link PublicDoor}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Open311Properties.class)
class Open311Configuration {

  /** Gives the Open311 handlers what every call asks ({@link Open311Ask}). */
  @Bean
  WebMvcConfigurer open311Asks(Open311Properties properties) {
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Open311Ask.Resolver(properties.jurisdictionId()));
      }
    };
  }

  @Bean
  @Order(0)
  SecurityFilterChain open311Door(HttpSecurity http) throws Exception {
    return PublicDoor.chain(http, Open311Controller.PATH + "/**");
  }
}
