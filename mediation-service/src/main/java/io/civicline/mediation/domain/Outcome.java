package io.civicline.mediation.domain;

/** How a case ended. Only SUCCESS and FAILED count as mediated. */
public enum Outcome {
  /** 调解成功: the parties reached an agreement. */
  SUCCESS,
  /** 调解不成: no agreement; the parties were advised where to go next. */
  FAILED,
  /** The applicant withdrew. */
  WITHDRAWN,
  /** Handed to another mediating body. */
  TRANSFERRED;

  /** Whether a mediation took place, so sessions must have been held. */
  public boolean isMediated() {
    return this == SUCCESS || this == FAILED;
  }
}
