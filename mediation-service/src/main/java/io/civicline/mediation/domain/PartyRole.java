package io.civicline.mediation.domain;

/** A party's side of the dispute. */
public enum PartyRole {
  /** 申请人: who asked for mediation. */
  APPLICANT,
  /** 被申请人: the other side. */
  RESPONDENT
}
