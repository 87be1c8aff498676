package io.civicline.mediation.domain;

/** Where the parties of a failed mediation were advised to take their dispute. */
public enum Advice {
  /** 诉讼: to a court. */
  LITIGATION,
  /** 仲裁: to an arbitration body. */
  ARBITRATION,
  /** 行政途径: to the competent administrative authority. */
  ADMINISTRATIVE
}
