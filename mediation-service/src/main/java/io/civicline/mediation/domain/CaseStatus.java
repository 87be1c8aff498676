package io.civicline.mediation.domain;

/** Where a mediation case stands in its lifecycle. */
public enum CaseStatus {
  /** 受理: taken on, waiting to be given to a mediator. */
  REGISTERED,
  /** 不予受理: refused (e.g. the dispute is already before a court); finished. */
  DECLINED,
  /** A mediator of a mediating body works on it: sessions are held. */
  MEDIATING,
  /** Closed with an outcome; a successful case's follow-up and confirmation are recorded on it. */
  CLOSED;

  /** Whether the case's time limit runs. */
  public boolean isOpen() {
    return this == REGISTERED || this == MEDIATING;
  }
}
