package io.civicline.perf.bench;

/**
 * The figures of one backend: the raw insert and update limits, the closed and the open HTTP loops;
 * a phase that did not run is null, and {@code failure} says why.
 */
record BackendResult(
    String backend,
    double readySeconds,
    PhaseResult rawInserts,
    PhaseResult rawUpdates,
    PhaseResult closedLoop,
    PhaseResult openLoop,
    String failure) {

  boolean succeeded() {
    return failure == null;
  }

  /** True when a phase did not run, had no success, or saw any error: worth a look at the logs. */
  boolean deservesALook() {
    for (PhaseResult phase : new PhaseResult[] {rawInserts, rawUpdates, closedLoop, openLoop}) {
      if (phase == null || phase.successes() == 0 || phase.failureCount() > 0) {
        return true;
      }
    }
    return !succeeded();
  }
}
