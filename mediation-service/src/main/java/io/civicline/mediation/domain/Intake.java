package io.civicline.mediation.domain;

import java.time.Instant;
import java.util.List;

/**
 * What was recorded when the dispute came in: its classification and place, where it came from, the
 * parties and the summary (both personal data or free text, never in events), and the hotline
 * ticket it was referred from, if any.
 */
public record Intake(
    String disputeType,
    String district,
    String township,
    String source,
    List<Party> parties,
    String summary,
    HotlineReferral referral,
    Instant registeredAt,
    String registeredBy) {

  public Intake {
    parties = parties == null ? List.of() : List.copyOf(parties);
  }
}
