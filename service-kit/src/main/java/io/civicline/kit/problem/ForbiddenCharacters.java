package io.civicline.kit.problem;

/**
 * The characters no request may carry: they are never meant as text, and downstream they break
 * things (BSON refuses a NUL in a regex, a log line can be forged with one).
 */
final class ForbiddenCharacters {

  private ForbiddenCharacters() {}

  /** Free text (a parameter value, a JSON string) keeps TAB, LF and CR: forms post many lines. */
  static boolean cleanText(String text) {
    return clean(text, true);
  }

  /** A name (of a parameter or header) has no control character at all. */
  static boolean cleanName(String name) {
    return clean(name, false);
  }

  /**
   * A header value keeps only TAB of the controls. C1 is not checked: Tomcat reads headers as
   * ISO-8859-1, so the bytes of a UTF-8 value land there.
   */
  static boolean cleanHeaderValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static boolean clean(String text, boolean lineBreaks) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        if (!lineBreaks || (c != '\t' && c != '\n' && c != '\r')) {
          return false;
        }
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
