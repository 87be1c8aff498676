package io.civicline.stats.figures;

import io.civicline.events.TicketSnapshot;
import io.civicline.events.TicketSnapshot.Step;
import io.civicline.events.TicketStepFact;
import io.civicline.events.TicketStepType;

/**
 * Hotline figures that count a ticket's steps ({@link TicketSnapshot#steps()}): each step of one
 * type counts at its own time, whatever the ticket did later. A step of a type the code does not
 * know matches none of them.
 */
final class StepFigures {

  private StepFigures() {}

  /**
   * Each step that is {@code fact}, at the time the fact places it, charged to its department where
   * the fact is charged.
   */
  static Figure<TicketSnapshot> of(TicketStepFact fact) {
    return new Figure<>(
        fact.figure(),
        false,
        (snapshot, tally) -> {
          for (Step step : snapshot.steps()) {
            if (fact.matches(step)) {
              if (fact.charged()) {
                tally.charge(fact.placedAt(step), step.department());
              } else {
                tally.add(fact.placedAt(step), 1);
              }
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
