package io.civicline.stats.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The periods of docs/design.md ("counted by day, month and year, the city's time zone"), written
 * as the figure keys write them, with java.time only: the check must not share the topology's
 * Period.
 */
final class CityCalendar {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The live period of the figures {@code open}, {@code overdue} and {@code atRisk}. */
  static final String NOW = "now";

  private CityCalendar() {}

  /** {@code 2026-03-15}, {@code 2026-03} and {@code 2026} for an instant of that Shanghai day. */
  static List<String> periodsOf(Instant at) {
    LocalDate day = at.atZone(ZONE).toLocalDate();
    return List.of(day.toString(), YearMonth.from(day).toString(), String.valueOf(day.getYear()));
  }
}
