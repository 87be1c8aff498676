package io.civicline.kit.problem;

import io.civicline.kit.aggregate.TransitionRefusedException;

/**
 * The action clashes with the record as it is now (someone changed it since the user saw it, or the
 * state machine forbids it): 409. The record rides along for {@link RecordConflicts} to show as the
 * user may see it; never as the plain {@link ConflictException#current()}, which would show it all.
 */
public class RecordConflictException extends ConflictException {

  private final transient Object record;
  private final Long version;

  /** {@code version}: the record's version now, null when not known. */
  public RecordConflictException(String message, Object record, Long version) {
    super(message, null);
    this.record = record;
    this.version = version;
  }

  /** {@code noun}: what the record is to the user ("ticket", "case"). */
  public static RecordConflictException stale(
      String noun, Object current, long currentVersion, long seenVersion) {
    return new RecordConflictException(
        "The %s changed since you saw it (version %d, now %d): reload it and try again."
            .formatted(noun, seenVersion, currentVersion),
        current,
        currentVersion);
  }

  /**
   * {@code action}: what the user tried, in words ("dispatch"); {@code version}: the version of the
   * record the state machine refused it on.
   */
  public static RecordConflictException refused(
      String noun, String action, TransitionRefusedException refusal, long version) {
    return new RecordConflictException(
        "Cannot %s this %s: %s.".formatted(action, noun, refusal.getMessage()),
        refusal.record(),
        version);
  }

  /** The version of the record a conflict carries, null when it carries none. */
  public static Long versionOf(ConflictException conflict) {
    return conflict instanceof RecordConflictException r ? r.version : null;
  }

  /** The record as it is now, of its type. */
  public <R> R record(Class<R> type) {
    return type.cast(record);
  }
}
