package io.civicline.mediation;

import io.civicline.kit.problem.ConflictException;
import io.civicline.mediation.domain.MediationCase;

/**
 * The action clashes with the case as it is now (someone changed it since the user saw it, or the
 * state machine forbids it): 409. The case rides along so that the API can show it to the user as
 * their role may see it.
 */
public class CaseConflictException extends ConflictException {

  private final transient MediationCase mediationCase;

  CaseConflictException(String message, MediationCase current) {
    super(message, null);
    this.mediationCase = current;
  }

  static CaseConflictException stale(MediationCase current, long seenVersion) {
    return new CaseConflictException(
        "The case changed since you saw it (version "
            + seenVersion
            + ", now "
            + current.version()
            + "): reload it and try again.",
        current);
  }

  public MediationCase mediationCase() {
    return mediationCase;
  }
}
