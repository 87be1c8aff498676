package io.civicline.hotline.calendar;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Health {@code workingCalendar}: WARNING (HTTP 200, ranked between DOWN and UP in application.yml)
 * when the calendar ends within {@value CalendarCoverage#WARNING_DAYS} days or a deadline was
 * counted past it. Not DOWN: the service still works and must stay in the load balancer; an
 * operator has to load the next year.
 */
class CalendarHealth implements HealthIndicator {

  static final Status WARNING = new Status("WARNING", "The working calendar needs its next year");

  private final LiveCalendar calendar;

  CalendarHealth(LiveCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public Health health() {
    CalendarCoverage coverage = calendar.coverage();
    Health.Builder health = coverage.needsAttention() ? Health.status(WARNING) : Health.up();
    health
        .withDetail("coveredUntil", coverage.coveredUntil().toString())
        .withDetail("daysLeft", coverage.daysLeft())
        .withDetail("years", coverage.years());
    if (coverage.uncoveredDeadline() != null) {
      health.withDetail("uncoveredDeadline", coverage.uncoveredDeadline().toString());
    }
    return health.build();
  }
}
