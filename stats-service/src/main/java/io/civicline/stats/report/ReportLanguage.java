package io.civicline.stats.report;

import io.civicline.kit.problem.InvalidRequestException;
import java.util.Locale;

/**
 * The language a report is printed in, chosen by {@code lang}: Chinese (the default) or English.
 */
enum ReportLanguage {
  ZH(Locale.SIMPLIFIED_CHINESE),
  EN(Locale.ENGLISH);

  private final Locale locale;

  ReportLanguage(Locale locale) {
    this.locale = locale;
  }

  /**
   * The language {@code lang} names.
   *
   * @throws InvalidRequestException naming {@code lang} for any other value
   */
  static ReportLanguage of(String lang) {
    for (ReportLanguage language : values()) {
      if (language.code().equals(lang)) {
        return language;
      }
    }
    throw new InvalidRequestException("lang", "'" + lang + "' is not one of [zh, en]");
  }

  Locale locale() {
    return locale;
  }

  /** As written in {@code lang=}. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The other language, which the report links to. */
  ReportLanguage other() {
    return this == ZH ? EN : ZH;
  }

  /** The Chinese or the English one of two labels. */
  String pick(String zh, String en) {
    return this == EN ? en : zh;
  }
}
