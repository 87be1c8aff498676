package io.civicline.kit.aggregate;

/**
 * A state machine forbids this action on the record as it is now; nothing was changed. Each
 * aggregate's own subclass gives the record its type.
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
