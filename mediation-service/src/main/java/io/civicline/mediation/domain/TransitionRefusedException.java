package io.civicline.mediation.domain;

/** The state machine forbids this action on the case as it is now; nothing was changed. */
public class TransitionRefusedException extends RuntimeException {

  private final transient MediationCase mediationCase;

  public TransitionRefusedException(MediationCase mediationCase, String message) {
    super(message);
    this.mediationCase = mediationCase;
  }

  /** The case as it is, unchanged. */
  public MediationCase mediationCase() {
    return mediationCase;
  }
}
