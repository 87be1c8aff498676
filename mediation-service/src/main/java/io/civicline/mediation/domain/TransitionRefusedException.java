package io.civicline.mediation.domain;

/** The state machine forbids this action on the case as it is now; nothing was changed. */
public class TransitionRefusedException
    extends io.civicline.kit.aggregate.TransitionRefusedException {

  public TransitionRefusedException(MediationCase mediationCase, String message) {
    super(mediationCase, message);
  }

  /** The case as it is, unchanged. */
  public MediationCase mediationCase() {
    return (MediationCase) record();
  }
}
