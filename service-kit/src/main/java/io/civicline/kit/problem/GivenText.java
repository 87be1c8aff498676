package io.civicline.kit.problem;

/** A text a user gave, in a form field or a query parameter: one left blank is not given. */
public final class GivenText {

  private GivenText() {}

  /** The text stripped, or null when it is blank. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
