package io.civicline.hotline.open311;

import static io.civicline.hotline.open311.Open311Tree.fields;

import io.civicline.events.ReferenceData;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The service list and definitions of GeoReport v2, from the reference data: one service per ticket
 * topic, named in the caller's language (Chinese unless English is asked for), grouped by the
 * department that usually handles it. Each asks for the district (required) and the kind of request
 * (optional, a request for help unless said).
 */
@Component
class Open311Services {

  static final String DISTRICT = "DISTRICT";
  static final String CATEGORY = "CATEGORY";
  static final String STREET = "STREET";
  static final String DEFAULT_CATEGORY = "HELP";

  private static final DateTimeFormatter CHANGESET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ReferenceData reference;
  private final String changeset;

  /**
   * The reference data is read at start, so the list changes only with a start: its time is the
   * discovery document's changeset, which tells clients when to read the services again.
   */
  Open311Services(ReferenceData reference, Clock clock) {
    this.reference = reference;
    this.changeset = CHANGESET.format(clock.instant().atZone(ZoneId.of(reference.city().zone())));
  }

  String changeset() {
    return changeset;
  }

  boolean exists(String code) {
    return reference.ticketTopic(code).isPresent();
  }

  Open311Tree.Items list(Locale locale) {
    return new Open311Tree.Items(
        "service", reference.ticketTopics().stream().map(topic -> service(topic, locale)).toList());
  }

  Map<String, Object> definition(String code, Locale locale) {
    ReferenceData.Topic topic = topic(code);
    return fields(
        "service_code",
        topic.code(),
        "attributes",
        new Open311Tree.Items(
            "attribute",
            List.of(
                attribute(
                    DISTRICT,
                    true,
                    1,
                    label(locale, "所在区县", "District (county-level unit)"),
                    reference.districts(),
                    locale),
                attribute(
                    CATEGORY,
                    false,
                    2,
                    label(locale, "诉求类型（默认：求助）", "Kind of request (default: request for help)"),
                    reference.ticketCategories(),
                    locale),
                attribute(
                    STREET,
                    false,
                    3,
                    label(locale, "街道/乡镇（须属所选区县）", "Street or township (of the district chosen)"),
                    streets(),
                    locale))));
  }

  /** The topic a service code names; an unknown one is a 404. */
  ReferenceData.Topic topic(String code) {
    return reference
        .ticketTopic(code)
        .orElseThrow(() -> Open311Failure.notFound("service_code " + code + " not found"));
  }

  String name(String code, Locale locale) {
    return reference
        .ticketTopic(code)
        .map(topic -> label(locale, topic.zh(), topic.en()))
        .orElse(code);
  }

  Optional<String> departmentName(String code, Locale locale) {
    return reference
        .department(code)
        .map(department -> label(locale, department.zh(), department.en()));
  }

  private Map<String, Object> service(ReferenceData.Topic topic, Locale locale) {
    return fields(
        "service_code",
        topic.code(),
        "service_name",
        label(locale, topic.zh(), topic.en()),
        "description",
        label(locale, topic.zh(), topic.en()),
        "metadata",
        true,
        "type",
        "realtime",
        "keywords",
        label(locale, topic.en(), topic.zh()),
        "group",
        departmentName(topic.department(), locale).orElse(null));
  }

  /** Each street as a list value, named with its district: a list cannot depend on another. */
  private List<ReferenceData.Code> streets() {
    return reference.streets().stream()
        .map(
            street -> {
              ReferenceData.Code district = reference.district(street.district()).orElseThrow();
              return new ReferenceData.Code(
                  street.code(),
                  district.zh() + " " + street.zh(),
                  district.en() + ", " + street.en());
            })
        .toList();
  }

  private static Map<String, Object> attribute(
      String code,
      boolean required,
      int order,
      String description,
      List<ReferenceData.Code> values,
      Locale locale) {
    return fields(
        "variable",
        true,
        "code",
        code,
        "datatype",
        "singlevaluelist",
        "required",
        required,
        "datatype_description",
        null,
        "order",
        order,
        "description",
        description,
        "values",
        new Open311Tree.Items(
            "value",
            values.stream()
                .map(
                    value ->
                        fields("key", value.code(), "name", label(locale, value.zh(), value.en())))
                .toList()));
  }

  static String label(Locale locale, String zh, String en) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) && en != null ? en : zh;
  }
}
