package io.civicline.mediation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a case ends and what goes with that ending, one record per outcome: a {@link Success} has the
 * form of its agreement (and the amount involved, if any), a {@link Failure} the advice given, a
 * {@link Transfer} the body the case goes to, a {@link Withdrawal} nothing. For a request that
 * names the outcome and sends the parts as fields (the API's and the console's one close request),
 * {@link Part} says which outcome each part goes with: {@link #misfits} names the fields that do
 * not fit, {@link #of} builds the outcome.
 */
public sealed interface CloseOutcome {

  /** The outcome's code, as the figures count it. */
  Outcome code();

  /** The agreement a successful mediation reached; none for the other outcomes. */
  default Agreement agreement() {
    return null;
  }

  /** Where the parties of a failed mediation were advised to go; none for the other outcomes. */
  default Advice advice() {
    return null;
  }

  /** The body a transferred case went to; none for the other outcomes. */
  default String transferredTo() {
    return null;
  }

  /** 调解成功: the parties agreed, in writing or orally, on an amount or not. */
  record Success(AgreementType agreementType, BigDecimal amount) implements CloseOutcome {

    public Success {
      Objects.requireNonNull(agreementType, "a successful mediation has an agreement type");
      if (amount != null && amount.signum() < 0) {
        throw new IllegalArgumentException("an amount cannot be negative");
      }
      amount = amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public Outcome code() {
      return Outcome.SUCCESS;
    }

    @Override
    public Agreement agreement() {
      return new Agreement(agreementType, amount, null, null);
    }
  }

  /** 调解不成: no agreement; the parties were advised where to go next. */
  record Failure(Advice advice) implements CloseOutcome {

    public Failure {
      Objects.requireNonNull(advice, "a failed mediation has the advice given");
    }

    @Override
    public Outcome code() {
      return Outcome.FAILED;
    }
  }

  /** The applicant withdrew. */
  record Withdrawal() implements CloseOutcome {

    @Override
    public Outcome code() {
      return Outcome.WITHDRAWN;
    }
  }

  /** Handed to another mediating body. */
  record Transfer(String transferredTo) implements CloseOutcome {

    public Transfer {
      if (transferredTo == null || transferredTo.isBlank()) {
        throw new IllegalArgumentException("a transfer names the body it goes to");
      }
    }

    @Override
    public Outcome code() {
      return Outcome.TRANSFERRED;
    }
  }

  /**
   * A field of a close request other than the outcome: which outcome it goes with, and if needed.
   */
  enum Part {
    AGREEMENT_TYPE("agreementType", Outcome.SUCCESS, true),
    AMOUNT("amount", Outcome.SUCCESS, false),
    ADVICE("advice", Outcome.FAILED, true),
    TRANSFERRED_TO("transferredTo", Outcome.TRANSFERRED, true);

    private final String field;
    private final Outcome goesWith;
    private final boolean required;

    Part(String field, Outcome goesWith, boolean required) {
      this.field = field;
      this.goesWith = goesWith;
      this.required = required;
    }

    /** The part's name in a request. */
    public String field() {
      return field;
    }

    /** Why the part does not fit the outcome, given or not; null if it fits. */
    String misfit(Outcome outcome, boolean given) {
      if (given && outcome != goesWith) {
        return "only goes with the outcome " + goesWith;
      }
      if (!given && required && outcome == goesWith) {
        return "is required when the outcome is " + goesWith;
      }
      return null;
    }
  }

  /** A part of a close request that does not fit its outcome, and why. */
  record Misfit(Part part, String problem) {}

  /** A close request whose parts do not fit its outcome; nothing was built. */
  final class MisfitException extends IllegalArgumentException {

    private final transient List<Misfit> misfits;

    MisfitException(Outcome outcome, List<Misfit> misfits) {
      super("the parts do not fit the outcome " + outcome + ": " + misfits);
      this.misfits = List.copyOf(misfits);
    }

    public List<Misfit> misfits() {
      return misfits;
    }
  }

  /**
   * The parts that do not fit {@code outcome} (null or blank for a part not given): a part it needs
   * and lacks, or a part of another outcome. Empty when {@link #of} can build the outcome.
   */
  static List<Misfit> misfits(
      Outcome outcome,
      AgreementType agreementType,
      BigDecimal amount,
      Advice advice,
      String transferredTo) {
    Set<Part> given = EnumSet.noneOf(Part.class);
    addIf(given, agreementType != null, Part.AGREEMENT_TYPE);
    addIf(given, amount != null, Part.AMOUNT);
    addIf(given, advice != null, Part.ADVICE);
    addIf(given, transferredTo != null && !transferredTo.isBlank(), Part.TRANSFERRED_TO);
    List<Misfit> misfits = new ArrayList<>();
    for (Part part : Part.values()) {
      String problem = part.misfit(outcome, given.contains(part));
      if (problem != null) {
        misfits.add(new Misfit(part, problem));
      }
    }
    return misfits;
  }

  /**
   * The outcome named by {@code outcome} with the parts given; a {@link MisfitException} names
   * every part that does not fit it.
   */
  static CloseOutcome of(
      Outcome outcome,
      AgreementType agreementType,
      BigDecimal amount,
      Advice advice,
      String transferredTo) {
    Objects.requireNonNull(outcome, "a closing has an outcome");
    List<Misfit> misfits = misfits(outcome, agreementType, amount, advice, transferredTo);
    if (!misfits.isEmpty()) {
      throw new MisfitException(outcome, misfits);
    }
    return switch (outcome) {
      case SUCCESS -> new Success(agreementType, amount);
      case FAILED -> new Failure(advice);
      case WITHDRAWN -> new Withdrawal();
      case TRANSFERRED -> new Transfer(transferredTo.strip());
    };
  }

  private static void addIf(Set<Part> parts, boolean given, Part part) {
    if (given) {
      parts.add(part);
    }
  }
}
