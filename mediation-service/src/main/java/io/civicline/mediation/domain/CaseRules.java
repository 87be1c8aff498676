package io.civicline.mediation.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * The configured rules of the lifecycle: the time limit of a case (one month by default, counted on
 * the city's calendar) and the window after a failure in which the case may be reopened.
 */
public record CaseRules(Period timeLimit, Duration reopenWindow, ZoneId zone) {

  public CaseRules {
    if (timeLimit.isZero() || timeLimit.isNegative()) {
      throw new IllegalArgumentException("the time limit must be positive: " + timeLimit);
    }
    if (reopenWindow.isNegative()) {
      throw new IllegalArgumentException("the reopen window cannot be negative: " + reopenWindow);
    }
  }

  /** The deadline of a time limit that starts at {@code start}. */
  public Instant deadlineFrom(Instant start) {
    return start.atZone(zone).plus(timeLimit).toInstant();
  }
}
