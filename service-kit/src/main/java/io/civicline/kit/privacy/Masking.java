package io.civicline.kit.privacy;

/**
 * How personal data looks to those who may not see it, in both services: a name keeps its first
 * character (the surname, usually), a phone or ID number its first three and last four characters;
 * a shorter number is all stars.
 */
public final class Masking {

  private Masking() {}

  public static String name(String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, 1))
        + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
  }

  public static String number(String number) {
    if (number == null || number.length() < 7) {
      return number == null ? null : "*".repeat(number.length());
    }
    return number.substring(0, 3)
        + "*".repeat(number.length() - 7)
        + number.substring(number.length() - 4);
  }
}
