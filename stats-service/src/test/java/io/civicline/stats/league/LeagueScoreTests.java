package io.civicline.stats.league;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The score's definition on rates written out by hand. */
class LeagueScoreTests {

  static final Map<String, BigDecimal> THREE_RATES =
      Map.of(
          "response", BigDecimal.ONE, "resolution", BigDecimal.ONE, "satisfaction", BigDecimal.ONE);

  @Test
  void theScoreIsTheMeanOfTheWeightedRatesRoundedHalfUpToOneDecimal() {
    LeagueScore score = new LeagueScore(THREE_RATES);

    // (90.0 + 75.0 + 100.0) / 3 = 88.333…
    assertThat(score.of(rates(90.0, 75.0, 100.0))).isEqualByComparingTo("88.3");
    // (80.0 + 100.0 + 66.7) / 3 = 82.233…
    assertThat(score.of(rates(80.0, 100.0, 66.7))).isEqualByComparingTo("82.2");
    // (80.0 + 80.0 + 80.1) / 3 = 80.0333… ; (99.9 + 99.9 + 100.0) / 3 = 99.9333…
    assertThat(score.of(rates(80.0, 80.0, 80.1))).isEqualByComparingTo("80.0");
    // (0.1 + 0.0 + 0.0) / 3 = 0.0333… ; (0.1 + 0.1 + 0.0) / 3 = 0.0666… rounds up
    assertThat(score.of(rates(0.1, 0.1, 0.0))).isEqualByComparingTo("0.1");
  }

  @Test
  void aRateWithoutDenominatorLeavesTheMeanWithItsWeight() {
    LeagueScore score = new LeagueScore(THREE_RATES);

    assertThat(score.of(rates(100.0, null, null))).isEqualByComparingTo("100.0");
    // (60.0 + 90.0) / 2
    assertThat(score.of(rates(60.0, null, 90.0))).isEqualByComparingTo("75.0");
    assertThat(score.of(rates(null, null, null))).isNull();
  }

  @Test
  void weightsFromTheConfigurationWeighTheRatesAndZeroLeavesOneOut() {
    LeagueScore score =
        new LeagueScore(
            Map.of(
                "response", new BigDecimal("3"),
                "satisfaction", BigDecimal.ONE,
                "resolution", BigDecimal.ZERO));

    // (3 × 90.0 + 1 × 100.0) / 4 = 92.5, resolution's 10.0 not counted
    assertThat(score.of(rates(90.0, 10.0, 100.0))).isEqualByComparingTo("92.5");
    assertThat(score.weights())
        .containsOnlyKeys("responseRate", "satisfactionRate")
        .containsEntry("responseRate", new BigDecimal("3"));
  }

  @Test
  void completedOnTimeMayBeWeightedAndIsNamedAsAnEnvironmentVariableSpellsIt() {
    LeagueScore score =
        new LeagueScore(Map.of("completedontime", BigDecimal.ONE, "RESPONSE", BigDecimal.ONE));

    Map<String, BigDecimal> rates = new HashMap<>(rates(70.0, 0.0, 0.0));
    rates.put("completedOnTimeRate", new BigDecimal("90.0"));
    // (70.0 + 90.0) / 2
    assertThat(score.of(rates)).isEqualByComparingTo("80.0");
  }

  @Test
  void anUnknownRateANegativeWeightOrNoWeightAtAllFailsTheStart() {
    assertThatIllegalStateException()
        .isThrownBy(() -> new LeagueScore(Map.of("returned", BigDecimal.ONE)))
        .withMessageContaining("civicline.stats.league.weights.returned is not one of");
    assertThatIllegalStateException()
        .isThrownBy(() -> new LeagueScore(Map.of("response", new BigDecimal("-1"))))
        .withMessageContaining("must not be negative");
    assertThatIllegalStateException()
        .isThrownBy(() -> new LeagueScore(Map.of("response", BigDecimal.ZERO)))
        .withMessageContaining("nothing to rank by");
  }

  static Map<String, BigDecimal> rates(Double response, Double resolution, Double satisfaction) {
    Map<String, BigDecimal> rates = new HashMap<>();
    rates.put("responseRate", response == null ? null : BigDecimal.valueOf(response));
    rates.put("resolutionRate", resolution == null ? null : BigDecimal.valueOf(resolution));
    rates.put("satisfactionRate", satisfaction == null ? null : BigDecimal.valueOf(satisfaction));
    return rates;
  }
}
