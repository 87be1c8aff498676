package io.civicline.hotline.citizen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The code a citizen follows their ticket with (进度查询): ten characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), about 49 bits, shown once. Only its hash is stored, salted with the
 * ticket's number; typed in any case, with or without the dash it is shown with.
 */
final class LookupCode {

  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  static final int LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private LookupCode() {}

  /** A new code, as shown: two groups of five joined by a dash. */
  static String next() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i == LENGTH / 2) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The code as typed, without dashes and spaces, in capitals; null when it cannot be one. */
  static String normalized(String typed) {
    if (typed == null) {
      return null;
    }
    String code = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
        ? code
        : null;
  }

  /** The stored hash (hex SHA-256) of a normalized code for the ticket with this number. */
  static String hash(String number, String normalizedCode) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  ("civicline-lookup:" + number + ":" + normalizedCode)
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
