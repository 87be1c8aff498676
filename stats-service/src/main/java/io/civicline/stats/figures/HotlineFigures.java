package io.civicline.stats.figures;

import static io.civicline.events.TicketStepType.ANSWERED_AT_INTAKE;
import static io.civicline.events.TicketStepType.DISPATCHED;
import static io.civicline.stats.figures.Breakdown.of;

import io.civicline.events.TicketSnapshot;
import io.civicline.events.TicketStepFact;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one place that defines the hotline (12345) figures of the table in docs/design.md: which
 * exist, how a ticket's snapshot counts in them and what they are broken down by. Each fact is a
 * step of the ticket, counted at its own time for the ticket's district, category, topic, channel
 * and street and for the department of the step; the live figures follow the department holding the
 * ticket now. The street is the newest snapshot's, so an agent's correction moves the ticket's
 * counts to the corrected street (a ticket without one counts under no street).
 */
public final class HotlineFigures extends CaseFigures<TicketSnapshot> {

  /** Figures of the ticket's receipt, which no department is charged with. */
  private static final Set<String> RECEIPT =
      Set.of("received", "callsAnswered", "resolvedOnFirstContact");

  /** Statuses in which a department holds the ticket; in the others the agents hold it. */
  private static final Set<String> WITH_DEPARTMENT = Set.of("DISPATCHED", "SIGNED");

  /** Statuses in which a ticket is finished: neither open nor overdue. */
  private static final Set<String> FINISHED =
      Set.of("RESOLVED_ON_FIRST_CONTACT", "DUPLICATE", "CLOSED");

  private static final List<Figure<TicketSnapshot>> FIGURES =
      Stream.of(
              Stream.of(
                  // A duplicate (重复件) counts once, with its original, so it leaves when marked.
                  new Figure<TicketSnapshot>("received", false, HotlineFigures::received),
                  Figure.<TicketSnapshot>once(
                      "callsAnswered",
                      s -> original(s) && "PHONE".equals(s.channel()) ? s.receivedAt() : null),
                  Figure.<TicketSnapshot>once(
                      "resolvedOnFirstContact",
                      s ->
                          original(s) && StepFigures.has(s, ANSWERED_AT_INTAKE)
                              ? s.receivedAt()
                              : null),
                  StepFigures.firstAndEach("dispatched", DISPATCHED)),
              Arrays.stream(TicketStepFact.values()).map(StepFigures::of),
              Stream.of(
                  new Figure<TicketSnapshot>(
                      "open", true, (s, tally) -> chargeIf(open(s), s, tally)),
                  new Figure<TicketSnapshot>(
                      "overdue",
                      true,
                      (s, tally) ->
                          chargeIf(open(s) && Boolean.TRUE.equals(s.overdue()), s, tally)),
                  // 预警: the SLA watcher's early warning, past 75 % of the time, not yet overdue
                  new Figure<TicketSnapshot>(
                      "atRisk",
                      true,
                      (s, tally) ->
                          chargeIf(open(s) && Boolean.TRUE.equals(s.atRisk()), s, tally))))
          .flatMap(figures -> figures)
          .toList();

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
                of(Dimension.CHANNEL, s.channel()),
                of(Dimension.STREET, s.street())));
  }

  /** A snapshot written before steps existed is counted from the steps its fields tell. */
  @Override
  protected TicketSnapshot counted(TicketSnapshot snapshot) {
    return snapshot.steps() == null ? LegacySteps.added(snapshot) : snapshot;
  }

  /**
   * Also for the ticket's topic in its district and in its street: the hot spots need those pairs'
   * exact daily counts, and only this figure keeps the extra slices, so that a rebuild stays cheap.
   */
  private static void received(TicketSnapshot s, Tally tally) {
    Instant at = original(s) ? s.receivedAt() : null;
    tally.add(at, 1);
    if (present(s.topic()) && present(s.district())) {
      tally.addOnly(at, Breakdown.topicDistrict(s.topic(), s.district()));
    }
    if (present(s.topic()) && present(s.street())) {
      tally.addOnly(at, Breakdown.topicIn(Dimension.TOPIC_STREET, s.topic(), s.street()));
    }
  }

  private static boolean present(String code) {
    return code != null && !code.isEmpty();
  }

  /**
   * Whether {@code figure} is ever charged to a department: not the receipt's, nor a referral's, so
   * a department's count of them is always none.
   */
  public static boolean chargesDepartments(String figure) {
    return !RECEIPT.contains(figure)
        && TicketStepFact.ofFigure(figure).map(TicketStepFact::charged).orElse(true);
  }

  private static boolean original(TicketSnapshot s) {
    return s.duplicateOf() == null;
  }

  private static boolean open(TicketSnapshot s) {
    return s.receivedAt() != null && s.closedAt() == null && !oneOf(s.status(), FINISHED);
  }

  /**
   * The live figures count for the department holding the ticket now: none once it has answered,
   * returned it or had it reopened, although the snapshot still names the last department.
   */
  private static void chargeIf(boolean counts, TicketSnapshot s, Tally tally) {
    if (counts) {
      tally.chargeNow(oneOf(s.status(), WITH_DEPARTMENT) ? s.department() : null);
    }
  }
}
