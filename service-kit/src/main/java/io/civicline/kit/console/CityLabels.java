package io.civicline.kit.console;

import io.civicline.events.ReferenceData;
import io.civicline.events.ReferenceData.Code;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The city's codes and times as a console shows them: each code's label in the user's language
 * (Chinese unless they switched to English), times in the city's zone. A console extends it with
 * the codes of its own cases and registers it as the bean {@code labels}, which its templates call
 * as {@code @labels}.
 */
public class CityLabels {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  /** A choice in a drop-down. */
  public record Option(String code, String label) {}

  protected final ReferenceData reference;
  private final ZoneId zone;

  public CityLabels(ReferenceData reference) {
    this.reference = reference;
    this.zone = ZoneId.of(reference.city().zone());
  }

  public String district(String code) {
    return label(reference.district(code), code);
  }

  public List<Option> districts() {
    return options(reference.districts());
  }

  /** A moment as the city's clocks show it, to the minute; empty for none. */
  public String time(Instant at) {
    return at == null ? "" : MINUTES.format(at.atZone(zone));
  }

  /** The city's day of a moment, e.g. for a deadline. */
  public String day(Instant at) {
    return at == null ? "" : DAY.format(at.atZone(zone));
  }

  /** A day picked in a form means the end of that day in the city. */
  public Instant endOf(LocalDate day) {
    return day == null ? null : day.atTime(END_OF_DAY).atZone(zone).toInstant();
  }

  public ZoneId zone() {
    return zone;
  }

  protected List<Option> options(List<Code> codes) {
    return codes.stream().map(c -> new Option(c.code(), inLanguage(c.zh(), c.en()))).toList();
  }

  protected String label(Optional<Code> code, String fallback) {
    return code.map(c -> inLanguage(c.zh(), c.en())).orElse(fallback == null ? "" : fallback);
  }

  /** The Chinese text, or the English one for a user who switched to English. */
  protected static String inLanguage(String zh, String en) {
    return english() ? en : zh;
  }

  private static boolean english() {
    return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
  }
}
