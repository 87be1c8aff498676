package io.civicline.hotline.calendar;

import io.civicline.hotline.domain.CalendarYear;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One year as an admin loads it: every public holiday, and the weekend days worked in exchange
 * (调休上班), as ISO dates. The limits are generous for any State Council notice so far (33 holidays
 * and 6 exchanged days in 2026) and keep a mistyped file out.
 */
record CalendarYearRequest(List<LocalDate> holidays, List<LocalDate> workdays) {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  static final int MAX_HOLIDAYS = 60;
  static final int MAX_WORKDAYS = 30;

  /** The year these days make, or a 400 naming every bad field. */
  CalendarYear toYear(int year) {
    List<FieldProblem> problems = new ArrayList<>();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      problems.add(new FieldProblem("year", "must be " + FIRST_YEAR + " to " + LAST_YEAR));
    }
    Set<LocalDate> off = days("holidays", holidays, year, MAX_HOLIDAYS, problems);
    if (holidays != null && holidays.isEmpty()) {
      problems.add(new FieldProblem("holidays", "must list the year's public holidays"));
    }
    Set<LocalDate> worked = days("workdays", workdays, year, MAX_WORKDAYS, problems);
    for (int i = 0; workdays != null && i < workdays.size(); i++) {
      LocalDate day = workdays.get(i);
      if (day != null && off.contains(day)) {
        problems.add(new FieldProblem("workdays[" + i + "]", "is also listed as a holiday"));
      } else if (day != null && !weekend(day)) {
        problems.add(new FieldProblem("workdays[" + i + "]", "is no Saturday or Sunday"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new CalendarYear(year, off, worked);
  }

  private static Set<LocalDate> days(
      String field, List<LocalDate> listed, int year, int max, List<FieldProblem> problems) {
    Set<LocalDate> days = new HashSet<>();
    if (listed == null) {
      if (field.equals("holidays")) {
        problems.add(new FieldProblem(field, "is required"));
      }
      return days;
    }
    if (listed.size() > max) {
      problems.add(new FieldProblem(field, "must list at most " + max + " days"));
      return days;
    }
    for (int i = 0; i < listed.size(); i++) {
      LocalDate day = listed.get(i);
      String at = field + "[" + i + "]";
      if (day == null) {
        problems.add(new FieldProblem(at, "must be a date"));
      } else if (day.getYear() != year) {
        problems.add(new FieldProblem(at, "is not in " + year));
      } else if (!days.add(day)) {
        problems.add(new FieldProblem(at, "is listed twice"));
      }
    }
    return days;
  }

  private static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
