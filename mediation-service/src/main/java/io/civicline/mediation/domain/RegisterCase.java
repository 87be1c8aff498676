package io.civicline.mediation.domain;

import java.util.List;

/**
 * What a mediator records at intake, or what a hotline referral brings; codes already checked
 * against the reference data.
 */
public record RegisterCase(
    String disputeType,
    String district,
    String township,
    String source,
    List<Party> parties,
    String summary,
    HotlineReferral referral,
    String registeredBy) {

  public RegisterCase {
    parties = parties == null ? List.of() : List.copyOf(parties);
  }
}
