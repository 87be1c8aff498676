package io.civicline.stats.league;

import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.stats.api.FigureParameters;
import io.civicline.stats.figures.Granularity;
import io.civicline.stats.figures.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a league: a month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or a year ({@code
 * 2026}). The counters are kept by day, month and year only, so a quarter is read as its three
 * months.
 *
 * @param parts the counted periods whose counters make the league's period
 */
public record LeaguePeriod(String name, List<Period> parts) {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");

  /**
   * Reads {@code YYYY-MM}, {@code YYYY-Qn} or {@code YYYY}.
   *
   * @throws InvalidRequestException naming {@code period} for anything else
   */
  public static LeaguePeriod parse(String text) {
    Matcher quarter = QUARTER.matcher(text == null ? "" : text);
    if (quarter.matches()) {
      int number = Integer.parseInt(quarter.group(2));
      if (number < 1 || number > 4) {
        throw new InvalidRequestException("period", "'" + text + "': a quarter is Q1 … Q4");
      }
      return quarter(Integer.parseInt(quarter.group(1)), number);
    }
    Period period = FigureParameters.period(text);
    if (period.granularity() == Granularity.DAY) {
      throw new InvalidRequestException(
          "period", "a league is of a month (YYYY-MM), a quarter (YYYY-Qn) or a year (YYYY)");
    }
    return new LeaguePeriod(period.toString(), List.of(period));
  }

  static LeaguePeriod quarter(int year, int number) {
    YearMonth first = YearMonth.of(year, number * 3 - 2);
    return new LeaguePeriod(
        year + "-Q" + number,
        List.of(
            Period.month(first),
            Period.month(first.plusMonths(1)),
            Period.month(first.plusMonths(2))));
  }

  /** The month, quarter or year before this one, with which the ranks are compared. */
  public LeaguePeriod previous() {
    Period first = parts.get(0);
    if (parts.size() == 3) {
      YearMonth before = YearMonth.from(first.start()).minusMonths(3);
      return quarter(before.getYear(), (before.getMonthValue() + 2) / 3);
    }
    Period before =
        first.granularity() == Granularity.YEAR
            ? new Period(Granularity.YEAR, first.start().minusYears(1))
            : new Period(Granularity.MONTH, first.start().minusMonths(1));
    return new LeaguePeriod(before.toString(), List.of(before));
  }

  @Override
  public String toString() {
    return name;
  }
}
