package io.civicline.stats.hotspots;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code civicline.stats.hotspots.*}: the one definition of "far above". A week's count is far
 * above when it is at least {@code minCount} and at least {@code factor} × the weekly mean of the
 * four weeks before (any count of at least {@code minCount} when those weeks had none).
 *
 * @param factor how many times the four weeks' weekly mean, default 2.0
 * @param minCount the fewest tickets of the week that make a hot spot, default 5
 */
@ConfigurationProperties("civicline.stats.hotspots")
public record HotSpotRule(
    @DefaultValue("2.0") BigDecimal factor, @DefaultValue("5") long minCount) {

  /** The four weeks before are summed, so their weekly mean is that sum / 4. */
  static final int WEEKS_BEFORE = 4;

  public HotSpotRule {
    if (factor.signum() <= 0 || minCount < 1) {
      throw new IllegalArgumentException("a hot spot needs a factor above 0 and a minCount of 1+");
    }
  }

  boolean isHot(long week, long fourWeeksBefore) {
    return week >= minCount
        && BigDecimal.valueOf(week * WEEKS_BEFORE)
                .compareTo(factor.multiply(BigDecimal.valueOf(fourWeeksBefore)))
            >= 0;
  }

  /** The weekly mean of the four weeks before, one decimal. */
  static BigDecimal weeklyMean(long fourWeeksBefore) {
    return BigDecimal.valueOf(fourWeeksBefore)
        .divide(BigDecimal.valueOf(WEEKS_BEFORE), 1, RoundingMode.HALF_UP);
  }

  /** The week's count over the weekly mean, one decimal; null when the four weeks had none. */
  static BigDecimal ratio(long week, long fourWeeksBefore) {
    return fourWeeksBefore == 0
        ? null
        : BigDecimal.valueOf(week * WEEKS_BEFORE)
            .divide(BigDecimal.valueOf(fourWeeksBefore), 1, RoundingMode.HALF_UP);
  }
}
