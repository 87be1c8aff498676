package io.civicline.kit.problem;

/**
 * The request clashes with the current state (a stale version, a transition the state machine
 * forbids, a duplicate): 409, with the current state so that the client can retry knowingly.
 */
public class ConflictException extends RuntimeException {

  private final transient Object current;

  public ConflictException(String message, Object current) {
    super(message);
    this.current = current;
  }

  /** What the client should see as the current state; may be null. */
  public Object current() {
    return current;
  }
}
