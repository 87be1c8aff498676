package io.civicline.hotline.calendar;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.domain.WorkingCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * China's working days: the built-in file ({@code civicline.hotline.calendar}) with the years
 * admins loaded into MongoDB over it, re-read every {@code civicline.hotline.calendar-refresh}.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  LiveCalendar liveCalendar(
      @Value("${civicline.hotline.calendar:classpath:" + WorkingCalendar.DEFAULT_RESOURCE + "}")
          Resource location,
      @Value("${civicline.hotline.calendar-refresh:30s}") Duration refresh,
      MongoTemplate mongo,
      Clock clock,
      ReferenceData reference) {
    return new LiveCalendar(
        builtIn(location),
        new CalendarYearStore(mongo),
        clock,
        ZoneId.of(reference.city().zone()),
        refresh);
  }

  /** Named so that the health endpoint lists it as {@code workingCalendar}. */
  @Bean
  CalendarHealth workingCalendarHealthIndicator(LiveCalendar calendar) {
    return new CalendarHealth(calendar);
  }

  @Bean
  CalendarAccessRules calendarAccessRules() {
    return new CalendarAccessRules();
  }

  private static WorkingCalendar builtIn(Resource location) {
    try (InputStream in = location.getInputStream()) {
      return WorkingCalendar.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the working calendar from " + location, e);
    }
  }
}
