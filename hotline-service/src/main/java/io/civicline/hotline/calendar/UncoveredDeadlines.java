package io.civicline.hotline.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deadlines counted past the calendar's data: the latest is kept for the console banner and the
 * health details, and a WARN goes to the log at most once a day, so that a day of dispatches cannot
 * flood it.
 */
class UncoveredDeadlines {

  private static final Logger log = LoggerFactory.getLogger(UncoveredDeadlines.class);

  private final Clock clock;
  private final AtomicReference<LocalDate> latest = new AtomicReference<>();
  private final AtomicReference<LocalDate> loggedOn = new AtomicReference<>();

  UncoveredDeadlines(Clock clock, ZoneId zone) {
    this.clock = clock.withZone(zone);
  }

  void record(LocalDate deadline, LocalDate coveredUntil) {
    latest.accumulateAndGet(
        deadline, (kept, day) -> kept == null || day.isAfter(kept) ? day : kept);
    LocalDate today = LocalDate.now(clock);
    if (!today.equals(loggedOn.getAndSet(today))) {
      log.warn(
          "A deadline ({}) was counted past the working calendar, which ends on {}: its days after"
              + " that counted Monday to Friday only. Load the year with PUT /api/calendar/{}."
              + " (This warning repeats at most once a day.)",
          deadline,
          coveredUntil,
          coveredUntil.getYear() + 1);
    }
  }

  /** The latest deadline counted past the data, or {@code null}. */
  LocalDate latest() {
    return latest.get();
  }
}
