package io.civicline.mediation.domain;

/** Why a dispute was not taken on (不予受理). */
public enum DeclineReason {
  /** Already before a court (已诉讼). */
  BEFORE_COURT,
  /** Already before an arbitration body (已仲裁). */
  BEFORE_ARBITRATION,
  /** Being handled by an administrative authority. */
  BEFORE_ADMINISTRATIVE_BODY,
  /** Not a civil dispute people's mediation can take on. */
  OUTSIDE_SCOPE,
  /** A party refuses mediation. */
  PARTY_REFUSES,
  OTHER
}
