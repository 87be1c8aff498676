package io.civicline.stats.league;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code civicline.stats.league.*}; the defaults are in {@code application.yml}, so that a weight
 * set on the command line adds to them.
 *
 * @param weights the weight of each rate in the score, by the rate's short name ({@code response},
 *     {@code completedOnTime}, {@code resolution}, {@code satisfaction}); a rate not named weighs 0
 */
@ConfigurationProperties("civicline.stats.league")
public record LeagueProperties(Map<String, BigDecimal> weights) {

  public LeagueProperties {
    weights = weights == null ? Map.of() : Map.copyOf(weights);
  }
}
