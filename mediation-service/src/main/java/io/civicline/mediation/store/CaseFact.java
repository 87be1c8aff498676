package io.civicline.mediation.store;

import java.util.Arrays;
import java.util.Optional;

/**
 * The mediation figures a manager drills down into, by their names in the figures API: the cases
 * behind one are those the figure counts (docs/design.md, "The figures", the mediation table). A
 * dated fact is counted at its own time; a live one is a state now.
 */
public enum CaseFact {
  REGISTERED("registered", true),
  DECLINED("declined", true),
  CLOSED("closed", true),
  MEDIATED("mediated", true),
  SUCCESSFUL("successful", true),
  LINKAGE("linkage", true),
  JUDICIALLY_CONFIRMED("judiciallyConfirmed", true),
  OPEN("open", false),
  OVERDUE("overdue", false);

  private final String figure;
  private final boolean dated;

  CaseFact(String figure, boolean dated) {
    this.figure = figure;
    this.dated = dated;
  }

  public static Optional<CaseFact> ofFigure(String name) {
    return Arrays.stream(values()).filter(f -> f.figure.equals(name)).findFirst();
  }

  public String figure() {
    return figure;
  }

  public boolean dated() {
    return dated;
  }
}
