package io.civicline.hotline.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * The service-level rules of a dispatch: the default deadline per urgency, in working days of the
 * city's calendar (the deadline is the end of that working day), and the windows in which a
 * department must sign for a ticket and may still return it. A deadline counted past the calendar's
 * data is reported to the calendar's source, so that it is flagged rather than silent.
 */
public record SlaPolicy(
    Map<Urgency, Integer> workingDays,
    Duration signWindow,
    Duration returnWindow,
    CalendarSource calendar,
    ZoneId zone) {

  private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(23, 59, 59);

  public SlaPolicy {
    workingDays = new EnumMap<>(workingDays);
    for (Urgency urgency : Urgency.values()) {
      if (workingDays.getOrDefault(urgency, 0) < 1) {
        throw new IllegalArgumentException("no deadline in working days for urgency " + urgency);
      }
    }
  }

  /** A policy on a calendar that never changes. */
  public SlaPolicy(
      Map<Urgency, Integer> workingDays,
      Duration signWindow,
      Duration returnWindow,
      WorkingCalendar calendar,
      ZoneId zone) {
    this(workingDays, signWindow, returnWindow, () -> calendar, zone);
  }

  public Instant defaultDeadline(Instant dispatchedAt, Urgency urgency) {
    WorkingCalendar days = calendar.current();
    LocalDate day = LocalDate.ofInstant(dispatchedAt, zone);
    LocalDate deadline = days.plusWorkingDays(day, workingDays.get(urgency));
    LocalDate coveredUntil = days.coveredUntil(day);
    if (deadline.isAfter(coveredUntil)) {
      calendar.deadlinePastCoverage(deadline, coveredUntil);
    }
    return deadline.atTime(END_OF_WORKING_DAY).atZone(zone).toInstant();
  }
}
