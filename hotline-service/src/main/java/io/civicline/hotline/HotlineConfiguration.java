package io.civicline.hotline;

import io.civicline.hotline.api.TicketAccessRules;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HotlineConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  TicketAccessRules ticketAccessRules() {
    return new TicketAccessRules();
  }
}
