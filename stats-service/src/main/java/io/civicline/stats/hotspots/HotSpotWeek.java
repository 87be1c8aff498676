package io.civicline.stats.hotspots;

import io.civicline.kit.problem.InvalidRequestException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;

/**
 * The seven days a hot spot is counted in, ending on {@code last}: the week ending today (today
 * included) or an ISO week ({@code 2026-W49}, Monday to Sunday). The four weeks before are the 28
 * days before {@code first}.
 */
public record HotSpotWeek(LocalDate first, LocalDate last) {

  private static final DateTimeFormatter ISO_WEEK =
      new DateTimeFormatterBuilder()
          .appendValue(IsoFields.WEEK_BASED_YEAR, 4)
          .appendLiteral("-W")
          .appendValue(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 2)
          .parseDefaulting(ChronoField.DAY_OF_WEEK, DayOfWeek.SUNDAY.getValue())
          .toFormatter();

  static HotSpotWeek endingOn(LocalDate last) {
    return new HotSpotWeek(last.minusDays(6), last);
  }

  /**
   * The ISO week {@code week}, or the week ending {@code today} for none.
   *
   * @throws InvalidRequestException naming {@code week} for anything but {@code YYYY-Www}
   */
  static HotSpotWeek parse(String week, LocalDate today) {
    if (week == null || week.isBlank()) {
      return endingOn(today);
    }
    try {
      return endingOn(LocalDate.parse(week, ISO_WEEK));
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("week", "'" + week + "' is not an ISO week: use YYYY-Www");
    }
  }

  LocalDate firstBefore() {
    return first.minusDays(7L * HotSpotRule.WEEKS_BEFORE);
  }

  LocalDate lastBefore() {
    return first.minusDays(1);
  }
}
