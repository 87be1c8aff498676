package io.civicline.stats.figures;

import static io.civicline.stats.figures.Breakdown.of;

import io.civicline.events.MediationCaseSnapshot;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * The one place that defines the mediation (人民调解) figures of DESIGN.md: which exist, how a case's
 * snapshot counts in them and what they are broken down by (district, dispute type and mediating
 * body).
 */
public final class MediationFigures extends CaseFigures<MediationCaseSnapshot> {

  /** Outcomes of a mediation that took place; withdrawn and transferred cases were not mediated. */
  static final Set<String> MEDIATED = Set.of("SUCCESS", "FAILED");

  static final String SUCCESS = "SUCCESS";

  private static final Set<String> OPEN = Set.of("REGISTERED", "MEDIATING");

  /** Histogram of whole days from registration to closing, for the exact median. */
  static final String DAYS_TO_CLOSE = "daysToClose";

  /**
   * Days 0 … 365, the last bucket holding a year or more: a time limit is a month or two, so the
   * median is exact unless half the cases took over a year; reading costs one key per bucket.
   */
  static final int DAYS_TO_CLOSE_BUCKETS = 366;

  private static final List<Figure<MediationCaseSnapshot>> FIGURES =
      List.of(
          Figure.once("registered", s -> s.declinedAt() == null ? s.registeredAt() : null),
          Figure.once("declined", MediationCaseSnapshot::declinedAt),
          Figure.once("mediated", s -> oneOf(s.outcome(), MEDIATED) ? closedAt(s) : null),
          Figure.once("successful", s -> successful(s) ? closedAt(s) : null),
          Figure.once(
              "linkage",
              s -> successful(s) && Boolean.TRUE.equals(s.linkageBody()) ? closedAt(s) : null),
          Figure.once("judiciallyConfirmed", s -> successful(s) ? s.judicialConfirmedAt() : null),
          Figure.live("open", MediationFigures::open),
          Figure.live("overdue", s -> open(s) && Boolean.TRUE.equals(s.overdue())),
          Figure.once("closed", MediationFigures::closedAt),
          new Figure<>(
              "daysToCloseTotal",
              false,
              (s, tally) -> tally.add(closedAt(s), daysToClose(s, tally.zone()))),
          new Figure<>(
              DAYS_TO_CLOSE,
              false,
              DAYS_TO_CLOSE_BUCKETS,
              (s, tally) ->
                  tally.addToBucket(
                      closedAt(s), daysToClose(s, tally.zone()), DAYS_TO_CLOSE_BUCKETS)));

  private static final List<ComputedFigure> COMPUTED =
      List.of(
          Ratio.percent("successRate", "successful", "mediated"),
          Ratio.mean("daysToCloseMean", "daysToCloseTotal", "closed"),
          new Median("daysToCloseMedian", DAYS_TO_CLOSE, DAYS_TO_CLOSE_BUCKETS));

  /**
   * @param zone the city's time zone, in which days, months and years are counted
   */
  public MediationFigures(ZoneId zone) {
    super(
        zone,
        FIGURES,
        COMPUTED,
        s ->
            List.of(
                of(Dimension.DISTRICT, s.district()),
                of(Dimension.TYPE, s.disputeType()),
                of(Dimension.BODY, s.body())));
  }

  private static boolean successful(MediationCaseSnapshot s) {
    return SUCCESS.equals(s.outcome()) && s.closedAt() != null;
  }

  private static boolean open(MediationCaseSnapshot s) {
    return oneOf(s.status(), OPEN);
  }

  /** A case reopened after failing is under mediation again: it is not closed until it closes. */
  private static Instant closedAt(MediationCaseSnapshot s) {
    return open(s) || s.registeredAt() == null ? null : s.closedAt();
  }

  /** Calendar days from registration to closing, in the city's time zone. */
  private static long daysToClose(MediationCaseSnapshot s, ZoneId zone) {
    return s.closedAt() == null || s.registeredAt() == null
        ? 0
        : ChronoUnit.DAYS.between(
            s.registeredAt().atZone(zone).toLocalDate(), s.closedAt().atZone(zone).toLocalDate());
  }
}
