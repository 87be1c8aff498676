package io.civicline.stats;

import io.civicline.events.ReferenceData;
import io.civicline.stats.figures.HotlineFigures;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The figure definitions, counted in the city's time zone. */
@Configuration(proxyBeanMethods = false)
class StatsConfiguration {

  @Bean
  HotlineFigures hotlineFigures(StatsProperties properties, ReferenceData reference) {
    String zone =
        properties.zone() != null && !properties.zone().isBlank()
            ? properties.zone()
            : reference.city().zone();
    return new HotlineFigures(ZoneId.of(zone));
  }
}
