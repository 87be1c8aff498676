package io.civicline.hotline;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.api.TicketAccessRules;
import io.civicline.hotline.domain.SlaPolicy;
import io.civicline.hotline.domain.WorkingCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
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

  /** China's working days ({@code civicline.hotline.calendar}); another file adds later years. */
  @Bean
  WorkingCalendar workingCalendar(
      @Value("${civicline.hotline.calendar:classpath:" + WorkingCalendar.DEFAULT_RESOURCE + "}")
          Resource location) {
    try (InputStream in = location.getInputStream()) {
      return WorkingCalendar.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the working calendar from " + location, e);
    }
  }

  @Bean
  SlaPolicy slaPolicy(SlaProperties sla, WorkingCalendar calendar, ReferenceData reference) {
    return new SlaPolicy(
        sla.workingDays(),
        sla.signWindow(),
        sla.returnWindow(),
        calendar,
        ZoneId.of(reference.city().zone()));
  }
}
