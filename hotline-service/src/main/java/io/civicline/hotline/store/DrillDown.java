package io.civicline.hotline.store;

import io.civicline.events.TicketStepFact;
import io.civicline.events.TicketStepType;
import io.civicline.hotline.domain.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The tickets behind one hotline figure (docs/design.md, "The figures"): those received in a
 * period, first dispatched in it, with a step of a {@link TicketStepFact} placed in it, or live
 * now. The step facts come from {@link TicketStepFact}, the definitions the figures count by, so
 * that the list holds exactly the tickets behind the count. {@code from} inclusive, {@code to}
 * exclusive; both null for a live figure.
 */
public record DrillDown(String figure, Instant from, Instant to) {

  private static final List<String> BY_RECEIPT =
      List.of("received", "callsAnswered", "resolvedOnFirstContact");
  private static final String DISPATCHED = "dispatched";
  private static final List<String> LIVE = List.of("open", "overdue", "atRisk");

  /** Statuses of a finished ticket, as the live figures see it. */
  private static final Set<TicketStatus> FINISHED =
      Set.of(TicketStatus.RESOLVED_ON_FIRST_CONTACT, TicketStatus.DUPLICATE, TicketStatus.CLOSED);

  /** Every figure the search can list the tickets of, in the order of docs/design.md. */
  public static List<String> figures() {
    List<String> all = new ArrayList<>(BY_RECEIPT);
    all.add(DISPATCHED);
    Arrays.stream(TicketStepFact.values()).map(TicketStepFact::figure).forEach(all::add);
    all.addAll(LIVE);
    return all;
  }

  /** Whether {@code figure} names a figure the search can list the tickets of. */
  public static boolean exists(String figure) {
    return isLive(figure)
        || BY_RECEIPT.contains(figure)
        || DISPATCHED.equals(figure)
        || TicketStepFact.ofFigure(figure).isPresent();
  }

  /** Whether {@code figure} is counted now rather than in a period. */
  public static boolean isLive(String figure) {
    return LIVE.contains(figure);
  }

  /** Whether the figure has a department breakdown: counted by receipt or uncharged, it has not. */
  public static boolean hasDepartments(String figure) {
    return isLive(figure)
        || DISPATCHED.equals(figure)
        || TicketStepFact.ofFigure(figure).map(TicketStepFact::charged).orElse(false);
  }

  /** The filter; {@code department} (or null) as the figure charges it. */
  Criteria criteria(String department) {
    if (isLive(figure)) {
      return live(department);
    }
    if (BY_RECEIPT.contains(figure)) {
      return byReceipt();
    }
    Optional<TicketStepFact> fact = TicketStepFact.ofFigure(figure);
    if (fact.isPresent()) {
      return Criteria.where(TicketDocument.STEPS).elemMatch(step(fact.get(), department));
    }
    // dispatched: the city counts first dispatches, a department each dispatch to it.
    return department == null
        ? Criteria.where(TicketDocument.FIRST_DISPATCHED_AT).gte(from).lt(to)
        : Criteria.where(TicketDocument.STEPS)
            .elemMatch(
                Criteria.where("type")
                    .is(TicketStepType.DISPATCHED.name())
                    .and("department")
                    .is(department)
                    .and("at")
                    .gte(from)
                    .lt(to));
  }

  /** The step fields in the order of the steps index: type, department, then the time. */
  private Criteria step(TicketStepFact fact, String department) {
    Criteria step = Criteria.where("type").is(fact.type().name());
    if (department != null) {
      step.and("department").is(department);
    }
    step.and(fact.atDispatch() ? "dispatchedAt" : "at").gte(from).lt(to);
    if (fact.onTime() != null) {
      step.and("onTime").is(fact.onTime());
    }
    if (fact.ratings() != null) {
      step.and("rating").in(fact.ratings());
    }
    if (fact.solved() != null) {
      step.and("solved").is(fact.solved());
    }
    if (fact.outcome() != null) {
      step.and("outcome").is(fact.outcome());
    }
    return step;
  }

  /** A duplicate counts with its original, so it is not received (nor listed) itself. */
  private Criteria byReceipt() {
    Criteria received =
        Criteria.where(TicketDocument.RECEIVED_AT)
            .gte(from)
            .lt(to)
            .and(TicketDocument.DUPLICATE_OF)
            .is(null);
    return switch (figure) {
      case "callsAnswered" -> received.and(TicketDocument.CHANNEL).is("PHONE");
      case "resolvedOnFirstContact" ->
          received.and(TicketDocument.STEP_TYPES).is(TicketStepType.ANSWERED_AT_INTAKE.name());
      default -> received;
    };
  }

  /** A department is charged while it holds the ticket; while the agents hold it, none is. */
  private Criteria live(String department) {
    Criteria open =
        department == null
            ? Criteria.where(TicketDocument.STATUS).nin(FINISHED)
            : Criteria.where(TicketDocument.STATUS)
                .in(TicketStatus.WITH_DEPARTMENT)
                .and(TicketDocument.DEPARTMENT)
                .is(department);
    return switch (figure) {
      case "overdue" -> open.and(TicketDocument.OVERDUE).is(true);
      case "atRisk" -> open.and(TicketDocument.AT_RISK).is(true);
      default -> open;
    };
  }
}
