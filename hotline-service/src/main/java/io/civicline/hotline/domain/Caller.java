package io.civicline.hotline.domain;

/**
 * Who called: personal data. Shown in full to agents, its phone to the department holding the
 * ticket (to call back), masked for everyone else; never logged and never put on the event topics.
 */
public record Caller(String name, String phone, boolean anonymous) {

  public static Caller anonymousCaller() {
    return new Caller(null, null, true);
  }

  /** The caller as roles other than agents see it: surname and the phone's ends only. */
  public Caller masked() {
    return new Caller(maskName(name), maskPhone(phone), anonymous);
  }

  /** The caller as the department holding the ticket sees it: the phone to call back on. */
  public Caller forCallBack() {
    return new Caller(maskName(name), phone, anonymous);
  }

  private static String maskName(String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, 1))
        + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
  }

  private static String maskPhone(String phone) {
    if (phone == null || phone.length() < 7) {
      return phone == null ? null : "*".repeat(phone.length());
    }
    return phone.substring(0, 3)
        + "*".repeat(phone.length() - 7)
        + phone.substring(phone.length() - 4);
  }

  @Override
  public String toString() {
    return "Caller[masked]";
  }
}
