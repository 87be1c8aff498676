package io.civicline.events;

import io.civicline.events.TicketSnapshot.Step;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The hotline figures that count one kind of step, defined once: the figures (stats-service) count
 * the steps that match, and the drill-down (hotline-service) lists the tickets that have one. Each
 * is a step type and, where the figure needs it, the step's on-time flag, rating, solved answer or
 * outcome; it counts at the step's time, or at the dispatch signed for ({@link #atDispatch}), for
 * the step's department unless {@link #charged} is false.
 */
public enum TicketStepFact {
  DISPATCHES("dispatches", TicketStepType.DISPATCHED),
  SIGNED_ON_TIME("signedOnTime", TicketStepType.SIGNED, true, null, null, null, true, true),
  RETURNS("returned", TicketStepType.RETURNED),
  EXTENSION_REQUESTS("extensionRequested", TicketStepType.EXTENSION_REQUESTED),
  EXTENSIONS("extended", TicketStepType.EXTENSION_GRANTED),
  COMPLETED("completed", TicketStepType.REPLIED),
  COMPLETED_ON_TIME("completedOnTime", TicketStepType.REPLIED, true, null, null, null, false, true),
  RATED("rated", TicketStepType.CALLED_BACK, null, Ratings.RATED, null, null, false, true),
  SATISFIED(
      "satisfied", TicketStepType.CALLED_BACK, null, Ratings.SATISFIED, null, null, false, true),
  RESOLVED("resolved", TicketStepType.CALLED_BACK, null, Ratings.RATED, true, null, false, true),
  REOPENINGS("reopened", TicketStepType.REOPENED),
  URGES("urged", TicketStepType.URGED),
  REFERRALS("referred", TicketStepType.REFERRED, null, null, null, null, false, false),
  REFERRALS_CONCLUDED(
      "referralsConcluded",
      TicketStepType.REFERRAL_CONCLUDED,
      null,
      null,
      null,
      null,
      false,
      false),
  REFERRALS_SUCCESSFUL("referralsSuccessful", "SUCCESS"),
  REFERRALS_FAILED("referralsFailed", "FAILED"),
  REFERRALS_WITHDRAWN("referralsWithdrawn", "WITHDRAWN"),
  REFERRALS_TRANSFERRED("referralsTransferred", "TRANSFERRED"),
  REFERRALS_DECLINED("referralsDeclined", "DECLINED");

  private final String figure;
  private final TicketStepType type;
  private final Boolean onTime;
  private final Set<String> ratings;
  private final Boolean solved;
  private final String outcome;
  private final boolean atDispatch;
  private final boolean charged;

  TicketStepFact(String figure, TicketStepType type) {
    this(figure, type, null, null, null, null, false, true);
  }

  /** A concluded referral with {@code outcome}. */
  TicketStepFact(String figure, String outcome) {
    this(figure, TicketStepType.REFERRAL_CONCLUDED, null, null, null, outcome, false, false);
  }

  TicketStepFact(
      String figure,
      TicketStepType type,
      Boolean onTime,
      Set<String> ratings,
      Boolean solved,
      String outcome,
      boolean atDispatch,
      boolean charged) {
    this.figure = figure;
    this.type = type;
    this.onTime = onTime;
    this.ratings = ratings;
    this.solved = solved;
    this.outcome = outcome;
    this.atDispatch = atDispatch;
    this.charged = charged;
  }

  /** The fact counted by figure {@code name}, if one counts steps. */
  public static Optional<TicketStepFact> ofFigure(String name) {
    return Arrays.stream(values()).filter(fact -> fact.figure.equals(name)).findFirst();
  }

  /** The figure's name in the API, e.g. {@code signedOnTime}. */
  public String figure() {
    return figure;
  }

  public TicketStepType type() {
    return type;
  }

  /** The on-time flag a step must have, or null for any. */
  public Boolean onTime() {
    return onTime;
  }

  /** The ratings a step must have one of, or null for any. */
  public Set<String> ratings() {
    return ratings;
  }

  /** The solved answer a step must have, or null for any. */
  public Boolean solved() {
    return solved;
  }

  /** The outcome a step must have, or null for any. */
  public String outcome() {
    return outcome;
  }

  /**
   * Whether the fact counts at the time of the dispatch its step signs for ({@link
   * Step#dispatchedAt()}), so that the response rate compares signatures with the dispatches they
   * answer; otherwise at the step's own time.
   */
  public boolean atDispatch() {
    return atDispatch;
  }

  /** Whether the fact is charged to the step's department (a referral is charged to none). */
  public boolean charged() {
    return charged;
  }

  /** Whether {@code step} is this fact; a step of a type this code does not know is none. */
  public boolean matches(Step step) {
    return step != null
        && type.name().equals(step.type())
        && (onTime == null || onTime.equals(step.onTime()))
        && (ratings == null || (step.rating() != null && ratings.contains(step.rating())))
        && (solved == null || solved.equals(step.solved()))
        && (outcome == null || outcome.equals(step.outcome()));
  }

  /** The time that places {@code step} of this fact in a period. */
  public Instant placedAt(Step step) {
    return atDispatch ? step.dispatchedAt() : step.at();
  }

  /** Callback ratings, as the figures group them. */
  public static final class Ratings {

    /** Very satisfied, satisfied, basically satisfied: the numerator of 满意率. */
    public static final Set<String> SATISFIED =
        Set.of("VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED");

    /** Every rating of a callback that reached the citizen (not UNREACHABLE). */
    public static final Set<String> RATED =
        Set.of(
            "VERY_SATISFIED",
            "SATISFIED",
            "BASICALLY_SATISFIED",
            "UNSATISFIED",
            "VERY_UNSATISFIED");

    private Ratings() {}
  }
}
