package io.civicline.kit.aggregate;

/**
 * A state machine forbids this action on the record as it is now; nothing was changed. The record
 * rides along, unchanged, for the 409 that shows it ({@code RecordConflictException.refused}).
 */
public class TransitionRefusedException extends RuntimeException {

  private final transient Object record;

  public TransitionRefusedException(Object record, String message) {
    super(message);
    this.record = record;
  }

  /** The record as it is, unchanged. */
  public Object record() {
    return record;
  }
}
