package io.civicline.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaPolicyTests {

  static final ZoneId YICHUN = ZoneId.of("Asia/Shanghai");

  /** Remembers what it is told, on the built-in calendar (ends 2026-12-31). */
  static final class Told implements CalendarSource {
    final List<LocalDate> deadlines = new ArrayList<>();
    final List<LocalDate> ends = new ArrayList<>();

    @Override
    public WorkingCalendar current() {
      return WorkingCalendarTests.CALENDAR;
    }

    @Override
    public void deadlinePastCoverage(LocalDate deadline, LocalDate coveredUntil) {
      deadlines.add(deadline);
      ends.add(coveredUntil);
    }
  }

  final Told told = new Told();
  final SlaPolicy sla =
      new SlaPolicy(
          Map.of(Urgency.NORMAL, 5, Urgency.URGENT, 2, Urgency.VERY_URGENT, 1),
          Duration.ofHours(2),
          Duration.ofHours(24),
          told,
          YICHUN);

  @Test
  void aDeadlineCountedPastTheCalendarIsReportedWithTheCalendarsEnd() {
    Instant due = sla.defaultDeadline(Instant.parse("2026-12-28T02:00:00Z"), Urgency.NORMAL);

    assertThat(due).isEqualTo(Instant.parse("2027-01-04T15:59:59Z"));
    assertThat(told.deadlines).containsExactly(LocalDate.parse("2027-01-04"));
    assertThat(told.ends).containsExactly(LocalDate.parse("2026-12-31"));
  }

  @Test
  void aDeadlineInsideTheCalendarIsNotReported() {
    Instant due = sla.defaultDeadline(Instant.parse("2026-12-24T02:00:00Z"), Urgency.URGENT);

    assertThat(due).isEqualTo(Instant.parse("2026-12-28T15:59:59Z"));
    assertThat(told.deadlines).isEmpty();
  }
}
