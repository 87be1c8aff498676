package io.civicline.stats.league;

import io.civicline.stats.figures.HotlineFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The league's score from the city's weights, and its figures from the hotline's definitions. */
@Configuration(proxyBeanMethods = false)
public class LeagueConfiguration {

  @Bean
  LeagueScore leagueScore(LeagueProperties properties) {
    return new LeagueScore(properties.weights());
  }

  @Bean
  LeagueFigures leagueFigures(HotlineFigures hotline) {
    return new LeagueFigures(hotline);
  }
}
