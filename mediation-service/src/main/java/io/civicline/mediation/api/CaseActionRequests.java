package io.civicline.mediation.api;

import static io.civicline.kit.problem.GivenText.blankToNull;

import io.civicline.kit.console.VersionedRequest;
import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.domain.Advice;
import io.civicline.mediation.domain.AgreementType;
import io.civicline.mediation.domain.CloseCase;
import io.civicline.mediation.domain.CloseOutcome;
import io.civicline.mediation.domain.DeclineReason;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Outcome;
import io.civicline.mediation.domain.Performance;
import io.civicline.mediation.domain.Staff;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The requests of the case actions, one record each, bound and validated alike from the API's JSON
 * and the console's forms. Each may carry the {@code version} the user saw (an {@code If-Match}
 * header does the same and wins); a stale one gets 409 with the current case.
 */
public final class CaseActionRequests {

  private CaseActionRequests() {}

  /** A valid request for one action on a case. */
  public interface CaseActionRequest extends VersionedRequest {

    /**
     * Takes the action on case {@code id} for {@code by}, if the case is still at {@code version}.
     */
    MediationCase takeAt(MediationDesk desk, String id, Long version, Staff by);
  }

  /** To a mediator of the roster and, unless named, their own body; reassigns an assigned case. */
  public record Assign(
      @NotBlank @Size(max = 40) String mediator,
      @Size(max = 40) String body,
      @Size(max = 1000) String note,
      @PositiveOrZero Long version)
      implements CaseActionRequest {

    @Override
    public MediationCase takeAt(MediationDesk desk, String id, Long version, Staff by) {
      return desk.assign(id, version, by, mediator.strip(), blankToNull(body), blankToNull(note));
    }
  }

  /** A mediation session: the day, who took part, what happened. */
  public record SessionRecord(
      @NotNull LocalDate date,
      @Size(max = 30) List<@NotBlank @Size(max = 50) String> participants,
      @Size(max = 4000) String notes,
      @PositiveOrZero Long version)
      implements CaseActionRequest {

    @Override
    public MediationCase takeAt(MediationDesk desk, String id, Long version, Staff by) {
      return desk.holdSession(id, version, by, date, participants, blankToNull(notes));
    }
  }

  /** A later deadline, which both parties must have agreed to. */
  public record Extension(
      @NotNull Instant deadline,
      @NotNull @AssertTrue(message = "an extension needs both parties' consent")
          Boolean partiesConsent,
      @NotBlank @Size(max = 1000) String reason,
      @PositiveOrZero Long version)
      implements CaseActionRequest {

    @Override
    public MediationCase takeAt(MediationDesk desk, String id, Long version, Staff by) {
      return desk.extend(id, version, by, deadline, partiesConsent, reason.strip());
    }
  }

  /**
   * The outcome and what goes with it: the fields that do not fit the outcome ({@link
   * CloseOutcome#misfits}) are bad fields like any other.
   */
  @FitsItsOutcome
  public record Close(
      @NotNull Outcome outcome,
      AgreementType agreementType,
      @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
      Advice advice,
      @Size(max = 40) String transferredTo,
      @Size(max = 2000) String note,
      @PositiveOrZero Long version)
      implements CaseActionRequest {

    @Override
    public MediationCase takeAt(MediationDesk desk, String id, Long version, Staff by) {
      CloseOutcome closed = CloseOutcome.of(outcome, agreementType, amount, advice, transferredTo);
      return desk.close(id, version, by, new CloseCase(closed, blankToNull(note)));
    }
  }

  /** 履行回访: how the parties keep the agreement. */
  public record FollowUp(
      @NotNull Performance performance, @Size(max = 2000) String note, @PositiveOrZero Long version)
      implements CaseActionRequest {

    @Override
    public MediationCase takeAt(MediationDesk desk, String id, Long version, Staff by) {
      return desk.followUp(id, version, by, performance, blankToNull(note));
    }
  }

  /** 司法确认: the court, when the parties applied and (default today) when it confirmed. */
  public record JudicialConfirmation(
      @NotBlank @Size(max = 40) String court,
      @NotNull Instant appliedAt,
      Instant confirmedAt,
      @PositiveOrZero Long version)
      implements CaseActionRequest {

    @Override
    public MediationCase takeAt(MediationDesk desk, String id, Long version, Staff by) {
      return desk.confirmJudicially(id, version, by, court.strip(), appliedAt, confirmedAt);
    }
  }

  /** 重新调解: a failed case taken up again, for a reason. */
  public record Reopen(@NotBlank @Size(max = 1000) String reason, @PositiveOrZero Long version)
      implements CaseActionRequest {

    @Override
    public MediationCase takeAt(MediationDesk desk, String id, Long version, Staff by) {
      return desk.reopen(id, version, by, reason.strip());
    }
  }

  /** 不予受理, with the reason and an optional note. */
  public record Decline(
      @NotNull DeclineReason reason, @Size(max = 1000) String note, @PositiveOrZero Long version)
      implements CaseActionRequest {

    @Override
    public MediationCase takeAt(MediationDesk desk, String id, Long version, Staff by) {
      return desk.decline(id, version, by, reason, blankToNull(note));
    }
  }
}
