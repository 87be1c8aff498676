package io.civicline.mediation.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The agreement of a successful mediation: written or oral, the amount involved (if any), and what
 * was recorded on it after closing: the performance follow-up (履行回访) and a court's judicial
 * confirmation (司法确认), each once.
 */
public record Agreement(
    AgreementType type,
    BigDecimal amount,
    FollowUp followUp,
    JudicialConfirmation judicialConfirmation) {

  /** Parties apply for judicial confirmation within 30 days of the agreement taking effect. */
  public static final Duration JUDICIAL_CONFIRMATION_WINDOW = Duration.ofDays(30);

  /**
   * A written agreement can be confirmed until it is; whether the parties applied in time is
   * decided with the application's date.
   */
  boolean awaitsJudicialConfirmation() {
    return type == AgreementType.WRITTEN && judicialConfirmation == null;
  }

  /** Why this follow-up cannot be recorded, or null. */
  String refusalToFollowUp() {
    return followUp == null ? null : "the follow-up of this agreement is already recorded";
  }

  /**
   * Why a court's confirmation applied for at {@code appliedAt} and given at {@code confirmedAt}
   * cannot be recorded on this agreement, reached at {@code agreedAt}, or null.
   */
  String refusalToConfirm(Instant agreedAt, Instant appliedAt, Instant confirmedAt, Instant now) {
    if (type != AgreementType.WRITTEN) {
      return "only a written agreement can be judicially confirmed";
    }
    if (judicialConfirmation != null) {
      return "the agreement is already judicially confirmed";
    }
    if (appliedAt.isBefore(agreedAt)
        || appliedAt.isAfter(agreedAt.plus(JUDICIAL_CONFIRMATION_WINDOW))) {
      return "the parties must apply within 30 days of the agreement of " + agreedAt;
    }
    if (confirmedAt.isBefore(appliedAt) || confirmedAt.isAfter(now)) {
      return "the confirmation must lie between the application and now";
    }
    return null;
  }

  Agreement followedUp(FollowUp visit) {
    return new Agreement(type, amount, visit, judicialConfirmation);
  }

  Agreement confirmed(JudicialConfirmation confirmation) {
    return new Agreement(type, amount, followUp, confirmation);
  }
}
