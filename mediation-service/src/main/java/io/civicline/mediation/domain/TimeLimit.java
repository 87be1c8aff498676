package io.civicline.mediation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The case's time limit: the deadline, whether the case passed it while open, and the extensions
 * both parties consented to.
 */
public record TimeLimit(Instant deadline, boolean overdue, List<Extension> extensions) {

  /** One extension: when, to which deadline, by whom and why. */
  public record Extension(Instant at, Instant deadline, String by, String reason) {}

  public TimeLimit {
    extensions = extensions == null ? List.of() : List.copyOf(extensions);
  }

  static TimeLimit until(Instant deadline) {
    return new TimeLimit(deadline, false, List.of());
  }

  TimeLimit extended(Extension extension, Instant now) {
    List<Extension> longer = new ArrayList<>(extensions);
    longer.add(extension);
    return new TimeLimit(
        extension.deadline(), overdue && !extension.deadline().isAfter(now), longer);
  }

  TimeLimit markedOverdue() {
    return new TimeLimit(deadline, true, extensions);
  }

  /** A closed case is no longer overdue: the live figure counts open cases only. */
  TimeLimit stopped() {
    return new TimeLimit(deadline, false, extensions);
  }

  /** A reopened case runs a new time limit, its extensions kept for the record. */
  TimeLimit restarted(Instant newDeadline) {
    return new TimeLimit(newDeadline, false, extensions);
  }
}
