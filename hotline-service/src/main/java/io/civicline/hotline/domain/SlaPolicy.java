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
 * department must sign for a ticket and may still return it.
 */
public record SlaPolicy(
    Map<Urgency, Integer> workingDays,
    Duration signWindow,
    Duration returnWindow,
    WorkingCalendar calendar,
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

  public Instant defaultDeadline(Instant dispatchedAt, Urgency urgency) {
    LocalDate day = LocalDate.ofInstant(dispatchedAt, zone);
    return calendar
        .plusWorkingDays(day, workingDays.get(urgency))
        .atTime(END_OF_WORKING_DAY)
        .atZone(zone)
        .toInstant();
  }
}
