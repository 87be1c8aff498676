package io.civicline.kit.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of a request's fields that bean validation cannot express (a code the city's reference
 * data must know, say), gathered so that one 400 names every bad field.
 */
public final class FieldChecks {

  private final List<FieldProblem> problems = new ArrayList<>();

  /** A problem with {@code field} unless {@code holds}. */
  public FieldChecks require(boolean holds, String field, String message) {
    if (!holds) {
      problems.add(new FieldProblem(field, message));
    }
    return this;
  }

  /** "unknown {@code what} code" for {@code field} unless the reference data {@code found} it. */
  public FieldChecks known(Optional<?> found, String field, String what) {
    return require(found.isPresent(), field, "unknown " + what + " code");
  }

  /** Throws an {@link InvalidRequestException} naming every problem found, if there is one. */
  public void failIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }
}
