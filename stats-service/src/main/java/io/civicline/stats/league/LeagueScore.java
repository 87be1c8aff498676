package io.civicline.stats.league;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one definition of the league's composite score: the weighted mean of the weighted rates that
 * have a value (a denominator above 0), each as shown with one decimal, rounded half up to one
 * decimal, 0–100. A rate without a value leaves the mean, weight and all; with none at all there is
 * no score.
 *
 * <p>Only rates where more is better may be weighted: returned and reopened shares are shown, not
 * scored.
 */
public final class LeagueScore {

  /** The rates that may carry a weight: short name in the configuration → the figure's rate. */
  static final Map<String, String> RATES = ordered();

  private final Map<String, BigDecimal> weights;

  /**
   * @param weights by short name; case and dashes ignored, as an environment variable spells them
   * @throws IllegalStateException for an unknown name, a negative weight, or no weight above 0
   */
  public LeagueScore(Map<String, BigDecimal> weights) {
    Map<String, BigDecimal> byRate = new LinkedHashMap<>();
    weights.forEach(
        (name, weight) -> {
          String rate = rateNamed(name);
          if (weight.signum() < 0) {
            throw new IllegalStateException(
                "civicline.stats.league.weights." + name + " must not be negative");
          }
          if (weight.signum() > 0) {
            byRate.put(rate, weight);
          }
        });
    if (byRate.isEmpty()) {
      throw new IllegalStateException(
          "civicline.stats.league.weights gives no rate a weight above 0: nothing to rank by");
    }
    Map<String, BigDecimal> inOrder = new LinkedHashMap<>();
    RATES.values().stream()
        .filter(byRate::containsKey)
        .forEach(rate -> inOrder.put(rate, byRate.get(rate)));
    this.weights = Collections.unmodifiableMap(inOrder);
  }

  /** In the order the page and the report show them. */
  private static Map<String, String> ordered() {
    Map<String, String> rates = new LinkedHashMap<>();
    rates.put("response", "responseRate");
    rates.put("completedOnTime", "completedOnTimeRate");
    rates.put("resolution", "resolutionRate");
    rates.put("satisfaction", "satisfactionRate");
    return Collections.unmodifiableMap(rates);
  }

  /** The weights above 0, by the rate's name (e.g. {@code responseRate}), in column order. */
  public Map<String, BigDecimal> weights() {
    return weights;
  }

  /** The score of these rates (by name, one decimal, null without a denominator); null for none. */
  public BigDecimal of(Map<String, BigDecimal> rates) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weightOfValues = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> weighted : weights.entrySet()) {
      BigDecimal rate = rates.get(weighted.getKey());
      if (rate != null) {
        sum = sum.add(rate.multiply(weighted.getValue()));
        weightOfValues = weightOfValues.add(weighted.getValue());
      }
    }
    return weightOfValues.signum() == 0
        ? null
        : sum.divide(weightOfValues, 1, RoundingMode.HALF_UP);
  }

  private static String rateNamed(String name) {
    String plain = name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    return RATES.entrySet().stream()
        .filter(rate -> rate.getKey().toLowerCase(Locale.ROOT).equals(plain))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "civicline.stats.league.weights."
                        + name
                        + " is not one of "
                        + RATES.keySet().stream().sorted().toList()));
  }
}
