package io.civicline.mediation.domain;

import static io.civicline.mediation.domain.CloseOutcomeTable.Rule.FORBIDDEN;
import static io.civicline.mediation.domain.CloseOutcomeTable.Rule.OPTIONAL;
import static io.civicline.mediation.domain.CloseOutcomeTable.Rule.REQUIRED;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What goes with each close outcome, written out as a table independent of the code that enforces
 * it, and the close requests it implies: for each outcome one that fits, and one per part that does
 * not (a required part left out, a forbidden one sent).
 */
public final class CloseOutcomeTable {

  public enum Rule {
    REQUIRED,
    OPTIONAL,
    FORBIDDEN
  }

  /** The parts of a close request by their field names, with a value each may take. */
  public static final Map<String, String> SAMPLE_VALUES =
      Map.of(
          "agreementType", "WRITTEN",
          "amount", "8600",
          "advice", "LITIGATION",
          "transferredTo", "YIMEI_COURT");

  public static final Map<Outcome, Map<String, Rule>> RULES =
      Map.of(
          Outcome.SUCCESS,
          Map.of(
              "agreementType", REQUIRED,
              "amount", OPTIONAL,
              "advice", FORBIDDEN,
              "transferredTo", FORBIDDEN),
          Outcome.FAILED,
          Map.of(
              "agreementType", FORBIDDEN,
              "amount", FORBIDDEN,
              "advice", REQUIRED,
              "transferredTo", FORBIDDEN),
          Outcome.WITHDRAWN,
          Map.of(
              "agreementType", FORBIDDEN,
              "amount", FORBIDDEN,
              "advice", FORBIDDEN,
              "transferredTo", FORBIDDEN),
          Outcome.TRANSFERRED,
          Map.of(
              "agreementType", FORBIDDEN,
              "amount", FORBIDDEN,
              "advice", FORBIDDEN,
              "transferredTo", REQUIRED));

  /**
   * A close request: the outcome, the parts sent (field to value) and the fields that must be named
   * as not fitting (none for a request that fits).
   */
  public record Request(Outcome outcome, Map<String, String> parts, Set<String> misfits) {

    @Override
    public String toString() {
      return outcome + " with " + parts.keySet() + (misfits.isEmpty() ? " fits" : " misfits");
    }
  }

  /** The request that fits {@code outcome}: its required and optional parts. */
  public static Request fitting(Outcome outcome) {
    Map<String, String> parts = new LinkedHashMap<>();
    RULES
        .get(outcome)
        .forEach(
            (field, rule) -> {
              if (rule != FORBIDDEN) {
                parts.put(field, SAMPLE_VALUES.get(field));
              }
            });
    return new Request(outcome, parts, Set.of());
  }

  /** For every outcome, each required part left out and each forbidden part sent. */
  public static List<Request> misfitting() {
    List<Request> requests = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      RULES
          .get(outcome)
          .forEach(
              (field, rule) -> {
                Map<String, String> parts = new LinkedHashMap<>(fitting(outcome).parts());
                if (rule == REQUIRED) {
                  parts.remove(field);
                } else if (rule == FORBIDDEN) {
                  parts.put(field, SAMPLE_VALUES.get(field));
                }
                if (rule != OPTIONAL) {
                  requests.add(new Request(outcome, parts, Set.of(field)));
                }
              });
    }
    return requests;
  }

  private CloseOutcomeTable() {}
}
