package io.civicline.mediation.domain;

/** The form of a mediation agreement; only a written one can be judicially confirmed. */
public enum AgreementType {
  WRITTEN,
  ORAL
}
