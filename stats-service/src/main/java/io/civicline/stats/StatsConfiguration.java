package io.civicline.stats;

import io.civicline.events.ReferenceData;
import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The figure definitions, counted in the city's time zone. */
@Configuration(proxyBeanMethods = false)
class StatsConfiguration {

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
