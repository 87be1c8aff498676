package io.civicline.mediation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One mediation session: the day it took place, who took part (names: personal data), the notes,
 * and who recorded it when.
 */
public record Session(
    LocalDate date,
    List<String> participants,
    String notes,
    Instant recordedAt,
    String recordedBy) {

  public Session {
    participants = participants == null ? List.of() : List.copyOf(participants);
  }
}
