package io.civicline.hotline.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * How far the working calendar reaches from today: the last day it covers, the years it knows, and
 * the latest deadline counted past its data that it still does not cover ({@code null} if none).
 */
public record CalendarCoverage(
    LocalDate today, LocalDate coveredUntil, Set<Integer> years, LocalDate uncoveredDeadline) {

  /** Staff are warned this many days before the calendar ends, time to load the next year. */
  public static final int WARNING_DAYS = 60;

  public long daysLeft() {
    return ChronoUnit.DAYS.between(today, coveredUntil);
  }

  public boolean endingSoon() {
    return daysLeft() <= WARNING_DAYS;
  }

  public boolean needsAttention() {
    return endingSoon() || uncoveredDeadline != null;
  }
}
