package io.civicline.stats.figures;

import static io.civicline.events.TicketStepType.ANSWERED_AT_INTAKE;
import static io.civicline.events.TicketStepType.CALLED_BACK;
import static io.civicline.events.TicketStepType.DISPATCHED;
import static io.civicline.events.TicketStepType.EXTENSION_GRANTED;
import static io.civicline.events.TicketStepType.EXTENSION_REQUESTED;
import static io.civicline.events.TicketStepType.REFERRAL_CONCLUDED;
import static io.civicline.events.TicketStepType.REFERRED;
import static io.civicline.events.TicketStepType.REOPENED;
import static io.civicline.events.TicketStepType.REPLIED;
import static io.civicline.events.TicketStepType.RETURNED;
import static io.civicline.events.TicketStepType.SIGNED;
import static io.civicline.events.TicketStepType.URGED;
import static io.civicline.stats.figures.Breakdown.of;

import io.civicline.events.TicketSnapshot;
import io.civicline.events.TicketSnapshot.Step;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The one place that defines the hotline (12345) figures of the README's table: which exist, how a
 * ticket's snapshot counts in them and what they are broken down by. Each fact is a step of the
 * ticket, counted at its own time for the ticket's district, category, topic and channel and for
 * the department of the step; the live figures follow the department holding the ticket now.
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
              "resolvedOnFirstContact",
              s -> original(s) && StepFigures.has(s, ANSWERED_AT_INTAKE) ? s.receivedAt() : null),
          StepFigures.firstAndEach("dispatched", DISPATCHED),
          StepFigures.each("dispatches", DISPATCHED),
          // Counted in the period of the dispatch so that the rate compares like with like.
          StepFigures.each(
              "signedOnTime",
              SIGNED,
              step -> Boolean.TRUE.equals(step.onTime()),
              Step::dispatchedAt),
          StepFigures.each("returned", RETURNED),
          StepFigures.each("extensionRequested", EXTENSION_REQUESTED),
          StepFigures.each("extended", EXTENSION_GRANTED),
          StepFigures.each("completed", REPLIED),
          StepFigures.each("completedOnTime", REPLIED, step -> Boolean.TRUE.equals(step.onTime())),
          StepFigures.each("rated", CALLED_BACK, HotlineFigures::rated),
          StepFigures.each("satisfied", CALLED_BACK, step -> oneOf(step.rating(), SATISFIED)),
          StepFigures.each(
              "resolved", CALLED_BACK, step -> rated(step) && Boolean.TRUE.equals(step.solved())),
          StepFigures.each("reopened", REOPENED),
          StepFigures.each("urged", URGED),
          StepFigures.uncharged("referred", REFERRED, step -> true),
          StepFigures.uncharged("referralsConcluded", REFERRAL_CONCLUDED, step -> true),
          concluded("referralsSuccessful", "SUCCESS"),
          concluded("referralsFailed", "FAILED"),
          concluded("referralsWithdrawn", "WITHDRAWN"),
          concluded("referralsTransferred", "TRANSFERRED"),
          concluded("referralsDeclined", "DECLINED"),
          new Figure<>("open", true, (s, tally) -> chargeIf(open(s), s, tally)),
          new Figure<>(
              "overdue",
              true,
              (s, tally) -> chargeIf(open(s) && Boolean.TRUE.equals(s.overdue()), s, tally)));

  private static final List<ComputedFigure> COMPUTED =
      List.of(
          Ratio.percent("resolvedOnFirstContactRate", "resolvedOnFirstContact", "received"),
          Ratio.percent("responseRate", "signedOnTime", "dispatches"),
          Ratio.percent("completedOnTimeRate", "completedOnTime", "completed"),
          Ratio.percent("satisfactionRate", "satisfied", "rated"),
          Ratio.percent("resolutionRate", "resolved", "rated"));

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
                of(Dimension.TOPIC, s.topic()),
                of(Dimension.CHANNEL, s.channel())));
  }

  /** A snapshot written before steps existed is counted from the steps its fields tell. */
  @Override
  protected TicketSnapshot counted(TicketSnapshot snapshot) {
    return snapshot.steps() == null ? LegacySteps.added(snapshot) : snapshot;
  }

  private static Figure<TicketSnapshot> concluded(String name, String outcome) {
    return StepFigures.uncharged(name, REFERRAL_CONCLUDED, step -> outcome.equals(step.outcome()));
  }

  private static boolean rated(Step callback) {
    return callback.rating() != null && !UNREACHABLE.equals(callback.rating());
  }

  private static boolean original(TicketSnapshot s) {
    return s.duplicateOf() == null;
  }

  private static boolean open(TicketSnapshot s) {
    return s.receivedAt() != null && s.closedAt() == null && !oneOf(s.status(), FINISHED);
  }

  /** The live figures count for the department holding the ticket now. */
  private static void chargeIf(boolean holds, TicketSnapshot s, Tally tally) {
    if (holds) {
      tally.chargeNow(s.department());
    }
  }
}
