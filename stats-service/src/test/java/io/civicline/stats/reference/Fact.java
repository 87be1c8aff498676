package io.civicline.stats.reference;

import java.time.Instant;

/**
 * One counted fact of the hotline table of docs/design.md: the figure, the instant placing it in a
 * period (null for a live figure) and the department it is charged to (null: none).
 */
record Fact(String figure, Instant at, String department, Slices slices) {

  /** Which breakdowns a fact counts in. */
  enum Slices {
    /** The city, the intake codes and the department charged, if any. */
    ALL,
    /** The city and the intake codes only: the ticket's first dispatch. */
    INTAKE,
    /** The department only: {@code dispatched} per department counts every dispatch to it. */
    DEPARTMENT
  }

  static Fact of(String figure, Instant at, String department) {
    return new Fact(figure, at, department, Slices.ALL);
  }
}
