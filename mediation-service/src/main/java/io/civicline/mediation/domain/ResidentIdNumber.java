package io.civicline.mediation.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character citizen identity number of the PRC (GB 11643): a six-digit area code, the birth
 * date, a three-digit sequence and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class ResidentIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  private ResidentIdNumber() {}

  public static boolean isValid(String number) {
    if (number == null || !number.matches("[1-9][0-9]{16}[0-9X]")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11) == number.charAt(17) && hasABirthDate(number);
  }

  private static boolean hasABirthDate(String number) {
    try {
      LocalDate born =
          LocalDate.of(
              Integer.parseInt(number.substring(6, 10)),
              Integer.parseInt(number.substring(10, 12)),
              Integer.parseInt(number.substring(12, 14)));
      return born.getYear() >= 1900;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
