package io.civicline.mediation.api;

import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.mediation.domain.Advice;
import io.civicline.mediation.domain.AgreementType;
import io.civicline.mediation.domain.CloseCase;
import io.civicline.mediation.domain.DeclineReason;
import io.civicline.mediation.domain.Outcome;
import io.civicline.mediation.domain.Performance;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The bodies of the case actions. Each may carry the {@code version} the user saw (an {@code
 * If-Match} header does the same and wins); a stale one gets 409 with the current case.
 */
final class CaseActionRequests {

  private CaseActionRequests() {}

  /** The version the user saw, if any. */
  interface Versioned {
    Long version();
  }

  /** To a mediator of the roster and, unless named, their own body; reassigns an assigned case. */
  record Assign(
      @NotBlank @Size(max = 40) String mediator,
      @Size(max = 40) String body,
      @Size(max = 1000) String note,
      @PositiveOrZero Long version)
      implements Versioned {}

  /** A mediation session: the day, who took part, what happened. */
  record SessionRecord(
      @NotNull LocalDate date,
      @Size(max = 30) List<@NotBlank @Size(max = 50) String> participants,
      @Size(max = 4000) String notes,
      @PositiveOrZero Long version)
      implements Versioned {}

  /** A later deadline, which both parties must have agreed to. */
  record Extension(
      @NotNull Instant deadline,
      @NotNull @AssertTrue(message = "an extension needs both parties' consent")
          Boolean partiesConsent,
      @NotBlank @Size(max = 1000) String reason,
      @PositiveOrZero Long version)
      implements Versioned {}

  /** The outcome and what goes with it: see {@link #toCommand()}. */
  record Close(
      @NotNull Outcome outcome,
      AgreementType agreementType,
      @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
      Advice advice,
      @Size(max = 40) String transferredTo,
      @Size(max = 2000) String note,
      @PositiveOrZero Long version)
      implements Versioned {

    /**
     * The close command, once the fields fit the outcome: the form of the agreement (and an amount)
     * for a SUCCESS only, the advice for a FAILED one, the body for a TRANSFERRED one.
     */
    CloseCase toCommand() {
      List<FieldProblem> problems = new ArrayList<>();
      String body = RegisterCaseRequest.blankToNull(transferredTo);
      fits(problems, "agreementType", agreementType != null, Outcome.SUCCESS, true);
      fits(problems, "amount", amount != null, Outcome.SUCCESS, false);
      fits(problems, "advice", advice != null, Outcome.FAILED, true);
      fits(problems, "transferredTo", body != null, Outcome.TRANSFERRED, true);
      if (!problems.isEmpty()) {
        throw new InvalidRequestException(problems);
      }
      return new CloseCase(outcome, agreementType, amount, advice, body, note);
    }

    private void fits(
        List<FieldProblem> problems,
        String field,
        boolean given,
        Outcome belongsTo,
        boolean required) {
      if (given && outcome != belongsTo) {
        problems.add(new FieldProblem(field, "only goes with the outcome " + belongsTo));
      } else if (!given && required && outcome == belongsTo) {
        problems.add(new FieldProblem(field, "is required when the outcome is " + belongsTo));
      }
    }
  }

  /** 履行回访: how the parties keep the agreement. */
  record FollowUp(
      @NotNull Performance performance, @Size(max = 2000) String note, @PositiveOrZero Long version)
      implements Versioned {}

  /** 司法确认: the court, when the parties applied and (default today) when it confirmed. */
  record JudicialConfirmation(
      @NotBlank @Size(max = 40) String court,
      @NotNull Instant appliedAt,
      Instant confirmedAt,
      @PositiveOrZero Long version)
      implements Versioned {}

  /** An action that needs a reason (reopen). */
  record Reason(@NotBlank @Size(max = 1000) String reason, @PositiveOrZero Long version)
      implements Versioned {}

  /** 不予受理, with the reason and an optional note. */
  record Decline(
      @NotNull DeclineReason reason, @Size(max = 1000) String note, @PositiveOrZero Long version)
      implements Versioned {}
}
