package io.civicline.kit.staff;

import io.civicline.kit.problem.InvalidRequestException;
import java.nio.charset.StandardCharsets;

/**
 * The one rule a stored account's password must pass: at least 10 characters of at least two kinds
 * (letters, digits, others), not the user name, and at most 72 bytes, the most BCrypt reads.
 */
public final class PasswordRule {

  public static final int MIN_LENGTH = 10;
  private static final int BCRYPT_MAX_BYTES = 72;

  private PasswordRule() {}

  /**
   * @param field the request field that carries the password, for the problem
   * @throws InvalidRequestException when the password breaks the rule
   */
  public static void check(String field, String userName, String password) {
    String broken = broken(userName, password);
    if (broken != null) {
      throw new InvalidRequestException(field, broken);
    }
  }

  private static String broken(String userName, String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return "must have at least " + MIN_LENGTH + " characters";
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
      return "must have at most " + BCRYPT_MAX_BYTES + " bytes";
    }
    if (password.chars().anyMatch(Character::isISOControl)) {
      return "must not contain control characters";
    }
    if (password.equalsIgnoreCase(userName)) {
      return "must not be the user name";
    }
    int kinds = 0;
    kinds += password.chars().anyMatch(Character::isLetter) ? 1 : 0;
    kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
    kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    return kinds < 2 ? "must mix at least two of letters, digits and other characters" : null;
  }
}
