package io.civicline.stats.api;

import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.figures.Dimension;
import io.civicline.stats.figures.Period;

/**
 * The query parameters the figures endpoints share, {@code period} and {@code district}, read the
 * same way everywhere: a bad one is a 400 problem naming it.
 */
public final class FigureParameters {

  private FigureParameters() {}

  /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  public static Period period(String text) {
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "period", e.getMessage() + "; use YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }

  /** The district's code, or null for the whole city (no or an empty {@code district}). */
  public static String districtOrCity(String district) {
    return district == null || district.isBlank() ? null : district;
  }

  /** The whole city for null, else the slice of that district of the reference data. */
  static Breakdown breakdown(String district, FigureSources sources) {
    return district == null ? Breakdown.CITY : Breakdown.district(knownDistrict(district, sources));
  }

  public static String knownDistrict(String code, FigureSources sources) {
    if (!sources.codesOf(Dimension.DISTRICT).contains(code)) {
      throw new InvalidRequestException("district", "'" + code + "' is not a district code");
    }
    return code;
  }
}
