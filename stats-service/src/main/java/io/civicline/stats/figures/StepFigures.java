package io.civicline.stats.figures;

import io.civicline.events.TicketSnapshot;
import io.civicline.events.TicketSnapshot.Step;
import io.civicline.events.TicketStepType;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Hotline figures that count a ticket's steps ({@link TicketSnapshot#steps()}): each step of one
 * type counts at its own time, whatever the ticket did later. A step of a type the code does not
 * know matches none of them.
 */
final class StepFigures {

  private StepFigures() {}

  /** Each step of {@code type}, at its time, charged to its department. */
  static Figure<TicketSnapshot> each(String name, TicketStepType type) {
    return each(name, type, step -> true);
  }

  /** Each step of {@code type} that {@code counts}, at its time, charged to its department. */
  static Figure<TicketSnapshot> each(String name, TicketStepType type, Predicate<Step> counts) {
    return each(name, type, counts, Step::at);
  }

  /** Each step of {@code type} that {@code counts}, at the time {@code at} reads from it. */
  static Figure<TicketSnapshot> each(
      String name, TicketStepType type, Predicate<Step> counts, Function<Step, Instant> at) {
    return new Figure<>(
        name,
        false,
        (snapshot, tally) -> {
          for (Step step : snapshot.steps()) {
            if (is(step, type) && counts.test(step)) {
              tally.charge(at.apply(step), step.department());
            }
          }
        });
  }

  /** Each step of {@code type} that {@code counts}, at its time, charged to no department. */
  static Figure<TicketSnapshot> uncharged(
      String name, TicketStepType type, Predicate<Step> counts) {
    return new Figure<>(
        name,
        false,
        (snapshot, tally) -> {
          for (Step step : snapshot.steps()) {
            if (is(step, type) && counts.test(step)) {
              tally.add(step.at(), 1);
            }
          }
        });
  }

  /**
   * The first step of {@code type} for the case's slices, and each of them for its department: the
   * city's {@code dispatched} counts tickets, a department's the dispatches to it.
   */
  static Figure<TicketSnapshot> firstAndEach(String name, TicketStepType type) {
    return new Figure<>(
        name,
        false,
        (snapshot, tally) -> {
          boolean first = true;
          for (Step step : snapshot.steps()) {
            if (is(step, type)) {
              if (first) {
                tally.charge(step.at(), step.department());
                first = false;
              } else {
                tally.chargeOnly(step.at(), step.department());
              }
            }
          }
        });
  }

  /** Whether the ticket has a step of {@code type}. */
  static boolean has(TicketSnapshot snapshot, TicketStepType type) {
    for (Step step : snapshot.steps()) {
      if (is(step, type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean is(Step step, TicketStepType type) {
    return step != null && type.name().equals(step.type());
  }
}
