package io.civicline.stats.figures;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A calendar day, month or year in which figures are counted, written {@code 2026}, {@code 2026-03}
 * or {@code 2026-03-15}. {@code start} is the first day of the period.
 */
public record Period(Granularity granularity, LocalDate start) {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  public Period {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(start, "start");
    start = firstDay(granularity, start);
  }

  /**
   * Not a calendar period: the counters of live figures (open, overdue now), which a case enters
   * and leaves as its state changes. Written {@code now} in keys.
   */
  public static final Period NOW = new Period(Granularity.LIVE, LocalDate.EPOCH);

  public static Period day(LocalDate date) {
    return new Period(Granularity.DAY, date);
  }

  public static Period month(YearMonth month) {
    return new Period(Granularity.MONTH, month.atDay(1));
  }

  public static Period year(Year year) {
    return new Period(Granularity.YEAR, year.atDay(1));
  }

  /** The day, the month and the year in which {@code instant} falls, counted in {@code zone}. */
  public static List<Period> containing(Instant instant, ZoneId zone) {
    LocalDate date = instant.atZone(zone).toLocalDate();
    return List.of(
        new Period(Granularity.DAY, date),
        new Period(Granularity.MONTH, date),
        new Period(Granularity.YEAR, date));
  }

  /** The days of a month or the months of a year, in order; a day has none. */
  public List<Period> parts() {
    switch (granularity) {
      case YEAR:
        return start
            .datesUntil(start.plusYears(1), java.time.Period.ofMonths(1))
            .map(first -> new Period(Granularity.MONTH, first))
            .toList();
      case MONTH:
        return start.datesUntil(start.plusMonths(1)).map(Period::day).toList();
      default:
        return List.of();
    }
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException if the text is none of these or not a real date
   */
  public static Period parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("a period is required");
    }
    try {
      if (DAY.matcher(text).matches()) {
        return day(LocalDate.parse(text));
      }
      if (MONTH.matcher(text).matches()) {
        return month(YearMonth.parse(text));
      }
      if (YEAR.matcher(text).matches()) {
        return year(Year.parse(text));
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a real date", e);
    }
    throw new IllegalArgumentException("'" + text + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
  }

  /** Written out for speed, as {@link FigureKey#equals(Object)} says. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Period period
        && granularity == period.granularity
        && start.equals(period.start);
  }

  @Override
  public int hashCode() {
    return granularity.hashCode() * 31 + start.hashCode();
  }

  /**
   * The period as written in keys and URLs: {@code 2026}, {@code 2026-03} or {@code 2026-03-15}.
   */
  @Override
  public String toString() {
    switch (granularity) {
      case YEAR:
        return Year.from(start).toString();
      case MONTH:
        return YearMonth.from(start).toString();
      case LIVE:
        return "now";
      default:
        return start.toString();
    }
  }

  /** The last day of the period: {@code start} itself for a day. */
  public LocalDate lastDay() {
    switch (granularity) {
      case YEAR:
        return start.plusYears(1).minusDays(1);
      case MONTH:
        return start.plusMonths(1).minusDays(1);
      default:
        return start;
    }
  }

  private static LocalDate firstDay(Granularity granularity, LocalDate date) {
    switch (granularity) {
      case YEAR:
        return date.withDayOfYear(1);
      case MONTH:
        return date.withDayOfMonth(1);
      case LIVE:
        return LocalDate.EPOCH;
      default:
        return date;
    }
  }
}
