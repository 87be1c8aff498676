package io.civicline.hotline.calendar;

import io.civicline.hotline.domain.CalendarSource;
import io.civicline.hotline.domain.CalendarYear;
import io.civicline.hotline.domain.WorkingCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar deadlines are counted on: the built-in file with the years admins loaded laid over
 * it. The loaded years are read again when a deadline needs them and the last read is older than
 * {@code civicline.hotline.calendar-refresh} (30 s): an upload to another instance applies here
 * within that time without a restart, an idle instance reads nothing, and a busy one reads one
 * small collection twice a minute. The instance that takes an upload applies it at once.
 */
public class LiveCalendar implements CalendarSource {

  private record Snapshot(WorkingCalendar calendar, long readAtNanos) {}

  private final WorkingCalendar builtIn;
  private final CalendarYearStore store;
  private final UncoveredDeadlines uncovered;
  private final Clock clock;
  private final long refreshNanos;
  private volatile Snapshot snapshot;

  LiveCalendar(
      WorkingCalendar builtIn,
      CalendarYearStore store,
      Clock clock,
      ZoneId zone,
      Duration refresh) {
    this.builtIn = builtIn;
    this.store = store;
    this.clock = clock.withZone(zone);
    this.uncovered = new UncoveredDeadlines(clock, zone);
    this.refreshNanos = refresh.toNanos();
  }

  @Override
  public WorkingCalendar current() {
    Snapshot known = snapshot;
    // Elapsed time, not the business clock: a cache must expire even under a fixed test clock.
    if (known == null || System.nanoTime() - known.readAtNanos() >= refreshNanos) {
      known = reload();
    }
    return known.calendar();
  }

  @Override
  public void deadlinePastCoverage(LocalDate deadline, LocalDate coveredUntil) {
    uncovered.record(deadline, coveredUntil);
  }

  /** Stores an admin's year and counts new deadlines on it from now on. */
  void load(CalendarYear year, String by) {
    store.save(year, by, clock.instant());
    reload();
  }

  public CalendarCoverage coverage() {
    WorkingCalendar calendar = current();
    LocalDate today = LocalDate.now(clock);
    LocalDate coveredUntil = calendar.coveredUntil(today);
    LocalDate deadline = uncovered.latest();
    // Once its year is loaded, that deadline stops being news (tickets keep the one they got).
    boolean stillUncovered = deadline != null && !calendar.covers(deadline.getYear());
    return new CalendarCoverage(
        today, coveredUntil, calendar.years(), stillUncovered ? deadline : null);
  }

  private Snapshot reload() {
    Snapshot fresh = new Snapshot(builtIn.with(store.all()), System.nanoTime());
    snapshot = fresh;
    return fresh;
  }
}
