package io.civicline.hotline.api;

import io.civicline.hotline.domain.CallbackRating;
import io.civicline.hotline.domain.ReplyResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The bodies of the ticket actions. Each may carry the {@code version} the user saw (an {@code
 * If-Match} header does the same and wins); a stale one gets 409 with the current ticket.
 */
final class TicketActionRequests {

  private TicketActionRequests() {}

  /** The version the user saw, if any. */
  interface Versioned {
    Long version();
  }

  /** 交办: to a department; without a deadline the SLA rules set it from the urgency. */
  record Dispatch(
      @NotBlank @Size(max = 40) String department,
      Instant deadline,
      @Size(max = 1000) String note,
      @PositiveOrZero Long version)
      implements Versioned {}

  /** An action with an optional note (sign, close, refer, supervise, urge). */
  record Note(@Size(max = 1000) String note, @PositiveOrZero Long version) implements Versioned {}

  /** An action that needs a reason (return, reopen). */
  record Reason(@NotBlank @Size(max = 1000) String reason, @PositiveOrZero Long version)
      implements Versioned {}

  /** 延期: the department asks for a later deadline. */
  record Extension(
      @NotNull Instant deadline,
      @NotBlank @Size(max = 1000) String reason,
      @PositiveOrZero Long version)
      implements Versioned {}

  /** An agent's decision on a pending extension request. */
  record ExtensionDecision(
      @NotNull Decision decision, @Size(max = 1000) String note, @PositiveOrZero Long version)
      implements Versioned {

    enum Decision {
      GRANT,
      REFUSE
    }
  }

  /** 办结: the department's answer. */
  record Reply(
      @NotNull ReplyResult result,
      @NotBlank @Size(max = 2000) String note,
      @PositiveOrZero Long version)
      implements Versioned {}

  /**
   * 回访: the citizen's rating, or unreachable, and whether the citizen says the problem is solved
   * (optional for older clients; only when the citizen was reached).
   */
  @SolvedOnlyWhenReached
  record Callback(
      @NotNull CallbackRating rating,
      Boolean solved,
      @Size(max = 1000) String note,
      @PositiveOrZero Long version)
      implements Versioned {}

  /** 重复件: the other ticket, by id or number. */
  record DuplicateOf(
      @NotBlank @Size(max = 64) String original,
      @Size(max = 1000) String note,
      @PositiveOrZero Long version)
      implements Versioned {}
}
