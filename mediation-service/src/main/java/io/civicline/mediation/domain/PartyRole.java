package io.civicline.mediation.domain;

import java.util.Collection;

/** A party's side of the dispute. */
public enum PartyRole {
  /** 申请人: who asked for mediation. */
  APPLICANT,
  /** 被申请人: the other side. */
  RESPONDENT;

  /** Whether the sides of a dispute's parties include an applicant and a respondent. */
  public static boolean bothSidesIn(Collection<PartyRole> sides) {
    return sides.contains(APPLICANT) && sides.contains(RESPONDENT);
  }
}
