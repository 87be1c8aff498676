package io.civicline.mediation.api;

/**
 * How personal data looks to those who may not see it: a name keeps its first character (the
 * surname, usually), a phone or ID number its first three and last four characters. The same rules
 * as hotline-service's caller masking.
 */
final class PersonalData {

  private PersonalData() {}

  static String maskName(String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, 1))
        + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
  }

  static String maskNumber(String number) {
    if (number == null || number.length() < 7) {
      return number == null ? null : "*".repeat(number.length());
    }
    return number.substring(0, 3)
        + "*".repeat(number.length() - 7)
        + number.substring(number.length() - 4);
  }
}
