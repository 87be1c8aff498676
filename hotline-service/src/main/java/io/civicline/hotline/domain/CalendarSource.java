package io.civicline.hotline.domain;

import java.time.LocalDate;

/**
 * Where the working calendar of the moment comes from: it may change while the service runs (an
 * admin loads a new year). It is told when a deadline had to be counted past the calendar's data.
 */
@FunctionalInterface
public interface CalendarSource {

  WorkingCalendar current();

  /** A deadline ran past {@code coveredUntil}: its last days were counted Monday to Friday. */
  default void deadlinePastCoverage(LocalDate deadline, LocalDate coveredUntil) {}
}
