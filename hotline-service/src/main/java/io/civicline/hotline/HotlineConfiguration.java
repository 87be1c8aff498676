package io.civicline.hotline;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.api.TicketAccessRules;
import io.civicline.hotline.domain.CalendarSource;
import io.civicline.hotline.domain.SlaPolicy;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(SlaProperties.class)
class HotlineConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  TicketAccessRules ticketAccessRules() {
    return new TicketAccessRules();
  }

  @Bean
  SlaPolicy slaPolicy(SlaProperties sla, CalendarSource calendar, ReferenceData reference) {
    return new SlaPolicy(
        sla.workingDays(),
        sla.signWindow(),
        sla.returnWindow(),
        calendar,
        ZoneId.of(reference.city().zone()));
  }
}
