package io.civicline.stats.figures;

import static io.civicline.stats.figures.Breakdown.of;

import io.civicline.events.TicketSnapshot;
import io.civicline.events.TicketSnapshot.Callback;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one place that defines the hotline (12345) figures of DESIGN.md: which exist, how a ticket's
 * snapshot counts in them and what they are broken down by (district, category, channel and the
 * department the ticket is with now).
 */
public final class HotlineFigures extends CaseFigures<TicketSnapshot> {

  /** Callback ratings that count as satisfied: very satisfied, satisfied, basically satisfied. */
  static final Set<String> SATISFIED = Set.of("VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED");

  /** A callback that did not reach the citizen has no rating. */
  static final String UNREACHABLE = "UNREACHABLE";

  /** Statuses in which a ticket is finished: neither open nor overdue. */
  private static final Set<String> FINISHED =
      Set.of("RESOLVED_ON_FIRST_CONTACT", "DUPLICATE", "CLOSED");

  private static final List<Figure<TicketSnapshot>> FIGURES =
      List.of(
          // A duplicate (重复件) counts once, with its original, so it leaves when it is marked.
          Figure.once("received", s -> original(s) ? s.receivedAt() : null),
          Figure.once(
              "callsAnswered",
              s -> original(s) && "PHONE".equals(s.channel()) ? s.receivedAt() : null),
          Figure.once(
              "resolvedOnFirstContact", s -> resolvedOnFirstContact(s) ? s.receivedAt() : null),
          Figure.once("dispatched", TicketSnapshot::firstDispatchedAt),
          // Counted in the period of the dispatch so that the rate compares like with like.
          Figure.once(
              "signedOnTime",
              s -> Boolean.TRUE.equals(s.signedOnTime()) ? s.firstDispatchedAt() : null),
          Figure.each("returned", TicketSnapshot::returnedAt),
          Figure.each("extended", TicketSnapshot::extendedAt),
          Figure.once("completed", TicketSnapshot::completedAt),
          Figure.once(
              "completedOnTime",
              s -> Boolean.TRUE.equals(s.completedOnTime()) ? s.completedAt() : null),
          Figure.each("rated", s -> callbacksAt(s, rating -> !UNREACHABLE.equals(rating))),
          Figure.each("satisfied", s -> callbacksAt(s, rating -> oneOf(rating, SATISFIED))),
          Figure.each("reopened", TicketSnapshot::reopenedAt),
          Figure.once("referred", TicketSnapshot::referredAt),
          Figure.live("open", HotlineFigures::open),
          Figure.live("overdue", s -> open(s) && Boolean.TRUE.equals(s.overdue())));

  private static final List<ComputedFigure> COMPUTED =
      List.of(
          Ratio.percent("resolvedOnFirstContactRate", "resolvedOnFirstContact", "received"),
          Ratio.percent("signedOnTimeRate", "signedOnTime", "dispatched"),
          Ratio.percent("completedOnTimeRate", "completedOnTime", "completed"),
          Ratio.percent("satisfactionRate", "satisfied", "rated"));

  /**
   * @param zone the city's time zone, in which days, months and years are counted
   */
  public HotlineFigures(ZoneId zone) {
    super(
        zone,
        FIGURES,
        COMPUTED,
        s ->
            List.of(
                of(Dimension.DISTRICT, s.district()),
                of(Dimension.CATEGORY, s.category()),
                of(Dimension.CHANNEL, s.channel()),
                of(Dimension.DEPARTMENT, s.department())));
  }

  private static boolean original(TicketSnapshot s) {
    return s.duplicateOf() == null;
  }

  /**
   * The snapshot has no flag for it: a ticket answered at creation is the one that left RECEIVED
   * without being dispatched, referred or marked a duplicate (the only ways out of RECEIVED).
   */
  private static boolean resolvedOnFirstContact(TicketSnapshot s) {
    return !"RECEIVED".equals(s.status())
        && s.firstDispatchedAt() == null
        && s.referredAt() == null
        && original(s);
  }

  private static boolean open(TicketSnapshot s) {
    return s.receivedAt() != null && s.closedAt() == null && !oneOf(s.status(), FINISHED);
  }

  private static List<Instant> callbacksAt(TicketSnapshot s, Predicate<String> rating) {
    List<Callback> callbacks = s.callbacks();
    return callbacks == null
        ? List.of()
        : callbacks.stream()
            .filter(callback -> callback.rating() != null && rating.test(callback.rating()))
            .map(Callback::at)
            .toList();
  }
}
