package io.civicline.hotline.api;

import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.domain.CallbackRating;
import io.civicline.hotline.domain.ReplyResult;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.console.VersionedRequest;
import io.civicline.kit.problem.GivenText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The requests of the ticket actions, one record each, bound by the API from JSON and by the
 * console from its forms. Each may carry the {@code version} the user saw (an {@code If-Match}
 * header does the same and wins); a stale one gets 409 with the current ticket.
 */
public final class TicketActionRequests {

  static final int MAX_NOTE = 1000;
  static final int MAX_REPLY = 2000;
  static final int MAX_PUBLIC_REPLY = 500;

  private TicketActionRequests() {}

  /** What a ticket action asks the desk to do. */
  public sealed interface TicketActionRequest extends VersionedRequest {

    /** Takes the action on ticket {@code id} as it was at {@code version}, if given. */
    Ticket applyTo(TicketDesk desk, String id, Long version, Staff by);
  }

  /** 交办: to a department; without a deadline the SLA rules set it from the urgency. */
  public record Dispatch(
      @NotBlank @Size(max = 40) String department,
      Instant deadline,
      @Size(max = MAX_NOTE) String note,
      @PositiveOrZero Long version)
      implements TicketActionRequest {

    public Ticket applyTo(TicketDesk desk, String id, Long version, Staff by) {
      return desk.dispatch(id, version, by, department, deadline, note);
    }
  }

  /** 签收: the department takes the ticket; a note is accepted, as older clients send one. */
  public record Sign(@Size(max = MAX_NOTE) String note, @PositiveOrZero Long version)
      implements TicketActionRequest {

    public Ticket applyTo(TicketDesk desk, String id, Long version, Staff by) {
      return desk.sign(id, version, by);
    }
  }

  /** 退单: the department gives the ticket back to the agents, saying why. */
  public record Return(@NotBlank @Size(max = MAX_NOTE) String reason, @PositiveOrZero Long version)
      implements TicketActionRequest {

    public Ticket applyTo(TicketDesk desk, String id, Long version, Staff by) {
      return desk.returnToAgents(id, version, by, reason);
    }
  }

  /** 延期: the department asks for a later deadline. */
  public record Extension(
      @NotNull Instant deadline,
      @NotBlank @Size(max = MAX_NOTE) String reason,
      @PositiveOrZero Long version)
      implements TicketActionRequest {

    public Ticket applyTo(TicketDesk desk, String id, Long version, Staff by) {
      return desk.requestExtension(id, version, by, deadline, reason);
    }
  }

  /** An agent's decision on a pending extension request. */
  public record ExtensionDecision(
      @NotNull Decision decision, @Size(max = MAX_NOTE) String note, @PositiveOrZero Long version)
      implements TicketActionRequest {

    public enum Decision {
      GRANT,
      REFUSE
    }

    public Ticket applyTo(TicketDesk desk, String id, Long version, Staff by) {
      return desk.decideExtension(id, version, by, decision == Decision.GRANT, note);
    }
  }

  /**
   * 办结: the department's answer; {@code publicReply}, optional, is its part written for the public
   * (shown in the progress lookup and Open311), while {@code note} stays with the staff.
   */
  public record Reply(
      @NotNull ReplyResult result,
      @NotBlank @Size(max = MAX_REPLY) String note,
      @Size(max = MAX_PUBLIC_REPLY) String publicReply,
      @PositiveOrZero Long version)
      implements TicketActionRequest {

    public Ticket applyTo(TicketDesk desk, String id, Long version, Staff by) {
      return desk.reply(id, version, by, result, note, GivenText.blankToNull(publicReply));
    }
  }

  /**
   * 回访: the citizen's rating, or unreachable, and whether the citizen says the problem is solved
   * (optional for older clients; only when the citizen was reached).
   */
  @SolvedOnlyWhenReached
  public record Callback(
      @NotNull CallbackRating rating,
      Boolean solved,
      @Size(max = MAX_NOTE) String note,
      @PositiveOrZero Long version)
      implements TicketActionRequest {

    public Ticket applyTo(TicketDesk desk, String id, Long version, Staff by) {
      return desk.callback(id, version, by, rating, solved, note);
    }
  }

  /** 重办: an agent reopens the ticket after an unsatisfied callback, saying why. */
  public record Reopen(@NotBlank @Size(max = MAX_NOTE) String reason, @PositiveOrZero Long version)
      implements TicketActionRequest {

    public Ticket applyTo(TicketDesk desk, String id, Long version, Staff by) {
      return desk.reopen(id, version, by, reason);
    }
  }

  /** 归档: the ticket is done. */
  public record Close(@Size(max = MAX_NOTE) String note, @PositiveOrZero Long version)
      implements TicketActionRequest {

    public Ticket applyTo(TicketDesk desk, String id, Long version, Staff by) {
      return desk.close(id, version, by, note);
    }
  }

  /** 转人民调解: the dispute goes to mediation. */
  public record Refer(@Size(max = MAX_NOTE) String note, @PositiveOrZero Long version)
      implements TicketActionRequest {

    public Ticket applyTo(TicketDesk desk, String id, Long version, Staff by) {
      return desk.refer(id, version, by, note);
    }
  }

  /** 重复件: the other ticket, by id or number. */
  public record DuplicateOf(
      @NotBlank @Size(max = 64) String original,
      @Size(max = MAX_NOTE) String note,
      @PositiveOrZero Long version)
      implements TicketActionRequest {

    public Ticket applyTo(TicketDesk desk, String id, Long version, Staff by) {
      return desk.markDuplicate(id, version, by, original.strip(), note);
    }
  }

  /** 督办: the hotline's office supervises the ticket. */
  public record Supervise(@Size(max = MAX_NOTE) String note, @PositiveOrZero Long version)
      implements TicketActionRequest {

    public Ticket applyTo(TicketDesk desk, String id, Long version, Staff by) {
      return desk.supervise(id, version, by, note);
    }
  }

  /**
   * 地点: an agent sets or corrects where the matter is ({@link PlaceRequest}); at least one part of
   * it. The history records the street only.
   */
  public record SetPlace(PlaceRequest place, @PositiveOrZero Long version)
      implements TicketActionRequest {

    public Ticket applyTo(TicketDesk desk, String id, Long version, Staff by) {
      return desk.setPlace(id, version, by, place == null ? null : place.toPlace());
    }
  }

  /** 催办: an agent presses the department holding the ticket. */
  public record Urge(@Size(max = MAX_NOTE) String note, @PositiveOrZero Long version)
      implements TicketActionRequest {

    public Ticket applyTo(TicketDesk desk, String id, Long version, Staff by) {
      return desk.urge(id, version, by, note);
    }
  }
}
