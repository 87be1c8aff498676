package io.civicline.hotline.web;

import io.civicline.events.ReferenceData;
import io.civicline.events.ReferenceData.Code;
import io.civicline.events.ReferenceData.Topic;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The city's codes and times as the console shows them: each code's label in the user's language
 * (Chinese unless they switched to English), times in the city's zone. Templates call it as {@code
 * @labels}.
 */
@Component("labels")
class ConsoleLabels {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  /** A choice in a drop-down. */
  record Option(String code, String label) {}

  private final ReferenceData reference;
  private final ZoneId zone;

  ConsoleLabels(ReferenceData reference) {
    this.reference = reference;
    this.zone = ZoneId.of(reference.city().zone());
  }

  public String district(String code) {
    return label(reference.district(code), code);
  }

  public String channel(String code) {
    return label(reference.channel(code), code);
  }

  public String category(String code) {
    return label(reference.ticketCategory(code), code);
  }

  public String department(String code) {
    return label(reference.department(code), code);
  }

  public String topic(String code) {
    return reference
        .ticketTopic(code)
        .map(topic -> english() ? topic.en() : topic.zh())
        .orElse(code == null ? "" : code);
  }

  /** The department an agent usually dispatches this topic to, or none. */
  public String suggestedDepartment(String topic) {
    return topic == null ? null : reference.ticketTopic(topic).map(Topic::department).orElse(null);
  }

  public List<Option> districts() {
    return options(reference.districts());
  }

  public List<Option> channels() {
    return options(reference.channels());
  }

  public List<Option> categories() {
    return options(reference.ticketCategories());
  }

  public List<Option> departments() {
    return options(reference.departments());
  }

  public List<Option> topics() {
    return reference.ticketTopics().stream()
        .map(t -> new Option(t.code(), english() ? t.en() : t.zh()))
        .toList();
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
  Instant endOf(LocalDate day) {
    return day == null ? null : day.atTime(END_OF_DAY).atZone(zone).toInstant();
  }

  private List<Option> options(List<Code> codes) {
    return codes.stream().map(c -> new Option(c.code(), english() ? c.en() : c.zh())).toList();
  }

  private String label(Optional<Code> code, String fallback) {
    return code.map(c -> english() ? c.en() : c.zh()).orElse(fallback == null ? "" : fallback);
  }

  private static boolean english() {
    return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
  }
}
