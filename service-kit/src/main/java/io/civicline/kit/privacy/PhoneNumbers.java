package io.civicline.kit.privacy;

import java.util.regex.Pattern;

/** The one rule for a citizen's or a party's phone number, wherever one is typed or sent. */
public final class PhoneNumbers {

  /** A mainland mobile number (11 digits) or a landline with its area code. */
  public static final String PATTERN = "^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$";

  public static final String MESSAGE =
      "must be a mainland mobile number (11 digits) or a landline with area code";

  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  private PhoneNumbers() {}

  public static boolean isValid(String number) {
    return number != null && COMPILED.matcher(number).matches();
  }
}
