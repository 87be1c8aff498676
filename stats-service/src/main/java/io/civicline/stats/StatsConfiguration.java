package io.civicline.stats;

import io.civicline.events.ReferenceData;
import io.civicline.events.asyncapi.EventApplication;
import io.civicline.events.asyncapi.EventTopic;
import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The figure definitions, counted in the city's time zone. */
@Configuration(proxyBeanMethods = false)
class StatsConfiguration {

  /** The topics it reads, for its AsyncAPI document. */
  @Bean
  EventApplication eventApplication() {
    return new EventApplication(
        "stats-service",
        "The live figures: it reads every change of tickets and cases, exactly once.",
        Set.of(),
        Set.of(EventTopic.TICKET_EVENTS, EventTopic.CASE_EVENTS));
  }

  @Bean
  HotlineFigures hotlineFigures(StatsProperties properties, ReferenceData reference) {
    return new HotlineFigures(zone(properties, reference));
  }

  @Bean
  MediationFigures mediationFigures(StatsProperties properties, ReferenceData reference) {
    return new MediationFigures(zone(properties, reference));
  }

  private static ZoneId zone(StatsProperties properties, ReferenceData reference) {
    return ZoneId.of(
        properties.zone() != null && !properties.zone().isBlank()
            ? properties.zone()
            : reference.city().zone());
  }
}
