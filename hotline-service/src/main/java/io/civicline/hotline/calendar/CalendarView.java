package io.civicline.hotline.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * What {@code GET /api/calendar} shows: the years whose holidays are known, the last day counted on
 * data from today on, the days left until then, whether staff are being warned, and the latest
 * deadline counted past the data ({@code null} if none).
 */
record CalendarView(
    Set<Integer> years,
    LocalDate coveredUntil,
    long daysLeft,
    boolean endingSoon,
    LocalDate uncoveredDeadline) {

  static CalendarView of(CalendarCoverage coverage) {
    return new CalendarView(
        coverage.years(),
        coverage.coveredUntil(),
        coverage.daysLeft(),
        coverage.endingSoon(),
        coverage.uncoveredDeadline());
  }
}
